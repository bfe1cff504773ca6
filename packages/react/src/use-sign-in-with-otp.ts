import type { OtpSigninData, SigninWithOtpResponse } from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  type TransportMutationOptions,
  type TransportMutationResult,
  useTransportMutation,
} from './use-transport-mutation.js';

export type UseSignInWithOtpOptions<TContext = unknown> =
  TransportMutationOptions<SigninWithOtpResponse, OtpSigninData, TContext>;

export type UseSignInWithOtpResult<TContext = unknown> =
  TransportMutationResult<SigninWithOtpResponse, OtpSigninData, TContext>;

/**
 * Signs a lead in with LeadSquared's Sign In with OTP API as a TanStack
 * Query mutation. It never retries, because each call spends one of the
 * OTP's attempts.
 */
export function useSignInWithOtp<TContext = unknown>(
  options: UseSignInWithOtpOptions<TContext> = {},
  queryClient?: QueryClient,
): UseSignInWithOtpResult<TContext> {
  return useTransportMutation(
    'useSignInWithOtp',
    (transport, data, signal) => transport.signInWithOtp(data, { signal }),
    options,
    queryClient,
  );
}
