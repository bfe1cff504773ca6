import {
  type OtpRequestError,
  toOtpRequestError,
  type OtpSigninData,
  type OtpTransport,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useLatestRef } from './use-latest-ref.js';
import { useSignInWithOtp } from './use-sign-in-with-otp.js';

/** The part of a Sign In with OTP success that `onSignedIn` receives. */
export interface SignedIn {
  /** The signed-in lead's id. */
  LeadId: string;
  /**
   * The lead's private session key, valid for 4 hours. A secret: keep it in
   * memory or hand it to your backend. Never log it or store it in
   * `localStorage` or a URL.
   */
  AuthKey: string;
}

export interface UseOtpSignInOptions {
  onSignedIn: (result: SignedIn) => void;
  onError?: (error: OtpRequestError) => void;
  transport: OtpTransport;
  queryClient?: QueryClient;
}

/**
 * Sends Sign In with OTP with at most one request in flight, and submits
 * each distinct complete code automatically once. Callbacks fire even after
 * the caller unmounts.
 */
export function useOtpSignIn(options: UseOtpSignInOptions) {
  const mutation = useSignInWithOtp(
    { transport: options.transport },
    options.queryClient,
  );
  const onSignedInRef = useLatestRef(options.onSignedIn);
  const onErrorRef = useLatestRef(options.onError);
  // Set before anything awaits, so a second Enter or a paste in the same
  // task finds it: a re-render comes too late.
  const inFlightRef = useRef(false);
  const signedInRef = useRef(false);
  const lastAutoSubmittedRef = useRef<string | null>(null);

  const submit = (data: OtpSigninData): boolean => {
    if (inFlightRef.current || signedInRef.current) return false;
    inFlightRef.current = true;
    mutation
      .mutateAsync(data)
      .then((response) => {
        signedInRef.current = true;
        onSignedInRef.current({
          LeadId: response.LeadId,
          AuthKey: response.AuthKey,
        });
      })
      .catch((error: unknown) => {
        // The mutation keeps the error as state for rendering; the callback
        // hears about it once.
        const typed = toOtpRequestError(error);
        onErrorRef.current?.(typed);
      })
      .finally(() => {
        inFlightRef.current = false;
      });
    return true;
  };

  /** Submits a complete code unless this same code was submitted already. */
  const submitOnce = (data: OtpSigninData) => {
    if (data.Otp === lastAutoSubmittedRef.current) return;
    if (submit(data)) lastAutoSubmittedRef.current = data.Otp;
  };

  /** Lets the same digits submit again, e.g. for a new `Code`. */
  const forgetSubmitted = () => {
    lastAutoSubmittedRef.current = null;
  };

  return {
    submit,
    submitOnce,
    forgetSubmitted,
    reset: mutation.reset,
    busy: mutation.isPending,
    signedIn: mutation.isSuccess,
    error: mutation.error,
  };
}
