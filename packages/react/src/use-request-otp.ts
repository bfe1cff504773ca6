import type { SigninOtpRequest, SigninOtpResponse } from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  type TransportMutationOptions,
  type TransportMutationResult,
  useTransportMutation,
} from './use-transport-mutation.js';

export type UseRequestOtpOptions<TContext = unknown> = TransportMutationOptions<
  SigninOtpResponse,
  SigninOtpRequest,
  TContext
>;

export type UseRequestOtpResult<TContext = unknown> = TransportMutationResult<
  SigninOtpResponse,
  SigninOtpRequest,
  TContext
>;

/**
 * Requests a sign-in OTP from LeadSquared's Get Sign In OTP API as a TanStack
 * Query mutation. Each call sends one SMS, so it never retries.
 */
export function useRequestOtp<TContext = unknown>(
  options: UseRequestOtpOptions<TContext> = {},
  queryClient?: QueryClient,
): UseRequestOtpResult<TContext> {
  return useTransportMutation(
    'useRequestOtp',
    (transport, request, signal) =>
      transport.requestSigninOtp(request, { signal }),
    options,
    queryClient,
  );
}
