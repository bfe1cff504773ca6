import type {
  OtpRequestError,
  OtpSigninData,
  OtpTransport,
  SigninWithOtpResponse,
} from '@lsq-otp/core';
import {
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useOtpTransport } from './transport-context.js';
import { useRequiredQueryClient } from './use-required-query-client.js';

export interface UseSignInWithOtpOptions<TContext = unknown> extends Omit<
  UseMutationOptions<
    SigninWithOtpResponse,
    OtpRequestError,
    OtpSigninData,
    TContext
  >,
  'mutationFn' | 'retry' | 'retryDelay' | 'networkMode'
> {
  /** The transport to call. @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
}

export type UseSignInWithOtpResult<TContext = unknown> = UseMutationResult<
  SigninWithOtpResponse,
  OtpRequestError,
  OtpSigninData,
  TContext
> & {
  /** Aborts the request in flight, which then fails with kind `aborted`. */
  cancel: () => void;
};

/**
 * Signs a lead in with LeadSquared's Sign In with OTP API as a TanStack
 * Query mutation. It never retries, because each call spends one of the
 * OTP's attempts.
 */
export function useSignInWithOtp<TContext = unknown>(
  options: UseSignInWithOtpOptions<TContext> = {},
  queryClient?: QueryClient,
): UseSignInWithOtpResult<TContext> {
  const { transport: transportOption, ...mutationOptions } = options;
  const client = useRequiredQueryClient(queryClient, 'useSignInWithOtp');
  const transport = useOtpTransport(transportOption, 'useSignInWithOtp');
  const controllerRef = useRef<AbortController | null>(null);

  const mutation = useMutation(
    {
      ...mutationOptions,
      mutationFn: (data: OtpSigninData) => {
        const controller = new AbortController();
        controllerRef.current = controller;
        return transport.signInWithOtp(data, { signal: controller.signal });
      },
      // A retry spends another attempt and may burn the Code.
      retry: false,
      // TanStack pauses mutations while offline and sends them on
      // reconnect, by which time the OTP may have expired.
      networkMode: 'always',
    },
    client,
  );

  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { ...mutation, cancel };
}
