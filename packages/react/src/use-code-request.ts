import {
  type OtpRequestError,
  toOtpRequestError,
  type OtpTransport,
  type SigninOtpRequest,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isBrowserOffline } from './is-browser-offline.js';
import { useCooldown } from './use-cooldown.js';
import { useLatestRef } from './use-latest-ref.js';
import { useRequestOtp } from './use-request-otp.js';

/** Argument of `onCodeIssued`: LeadSquared's response, as it was sent. */
export interface CodeIssued {
  /** Opaque token for Sign In with OTP. A secret: never log it. */
  Code: string;
  /** The number the SMS went to, as echoed by LeadSquared. */
  FieldContent: string;
}

export interface UseCodeRequestOptions {
  onCodeIssued: (result: CodeIssued) => void;
  onError?: (error: OtpRequestError) => void;
  transport?: OtpTransport;
  queryClient?: QueryClient;
}

/**
 * Sends one Get Sign In OTP request per user intent: a synchronous in-flight
 * guard, no send while offline or during a rate-limit cooldown, and callbacks
 * that fire once even after the caller unmounts.
 */
export function useCodeRequest(options: UseCodeRequestOptions) {
  const mutation = useRequestOtp(
    { transport: options.transport },
    options.queryClient,
  );
  const onCodeIssuedRef = useLatestRef(options.onCodeIssued);
  const onErrorRef = useLatestRef(options.onError);
  const inFlightRef = useRef(false);
  const { secondsLeft, start: startCooldown, isActive } = useCooldown();
  const [offline, setOffline] = useState(false);
  const { reset: resetMutation } = mutation;

  // Back online, the offline notice goes; the dropped send stays dropped.
  useEffect(() => {
    if (!offline) return;
    const onOnline = () => setOffline(false);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [offline]);

  // Claimed in the event handler, before anything awaits: a second click or
  // Enter in the same task must find the guard set, and a disabled button
  // comes a render too late.
  const claim = useCallback(() => {
    if (inFlightRef.current || isActive()) return false;
    inFlightRef.current = true;
    return true;
  }, [isActive]);

  const release = useCallback(() => {
    inFlightRef.current = false;
  }, []);

  const send = async (request: SigninOtpRequest) => {
    // A send attempted offline is dropped, not queued: nothing may go out
    // later without the user asking again.
    if (isBrowserOffline()) {
      resetMutation();
      setOffline(true);
      return;
    }
    setOffline(false);
    try {
      const response = await mutation.mutateAsync(request);
      onCodeIssuedRef.current({
        Code: response.Code,
        FieldContent: response.FieldContent,
      });
    } catch (error) {
      const typed = toOtpRequestError(error);
      if (typed.kind === 'rateLimited') {
        startCooldown(typed.retryAfterMs ?? 0);
      }
      onErrorRef.current?.(typed);
    }
  };

  const clearError = useCallback(() => {
    setOffline(false);
    resetMutation();
  }, [resetMutation]);

  return {
    claim,
    release,
    send,
    clearError,
    busy: mutation.isPending,
    error: mutation.error,
    offline,
    cooldownSeconds: secondsLeft,
  };
}
