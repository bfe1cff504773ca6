import { useEffect } from 'react';
import { useLatestRef } from './use-latest-ref.js';

// The Web OTP API is missing from TypeScript's DOM library.
interface OtpCredentialRequest {
  otp: { transport: string[] };
  signal: AbortSignal;
}

/**
 * Asks the browser for the code of the incoming SMS through the Web OTP API
 * (`navigator.credentials.get` with `otp`), where the browser has it, and
 * passes the code to `onCode`. The request is aborted on unmount and
 * started again when `key` changes, e.g. after a new code was sent.
 */
export function useWebOtp(
  onCode: (code: string) => void,
  { enabled, key }: { enabled: boolean; key: string },
): void {
  const onCodeRef = useLatestRef(onCode);

  useEffect(() => {
    if (!enabled || !isWebOtpSupported()) return;
    const controller = new AbortController();
    const request: OtpCredentialRequest = {
      otp: { transport: ['sms'] },
      signal: controller.signal,
    };
    navigator.credentials
      .get(request as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (typeof code === 'string' && !controller.signal.aborted) {
          onCodeRef.current(code);
        }
      })
      .catch(() => {
        // Aborted, declined by the lead or timed out: the code is typed or
        // pasted instead.
      });
    return () => controller.abort();
  }, [enabled, key, onCodeRef]);
}

function isWebOtpSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'OTPCredential' in window &&
    typeof navigator.credentials?.get === 'function'
  );
}
