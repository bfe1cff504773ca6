import type {
  OtpRequestError,
  OtpTransport,
  SigninOtpRequest,
  SigninOtpResponse,
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

export interface UseRequestOtpOptions<TContext = unknown> extends Omit<
  UseMutationOptions<
    SigninOtpResponse,
    OtpRequestError,
    SigninOtpRequest,
    TContext
  >,
  'mutationFn' | 'retry' | 'retryDelay' | 'networkMode'
> {
  /** The transport to call. @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
}

export type UseRequestOtpResult<TContext = unknown> = UseMutationResult<
  SigninOtpResponse,
  OtpRequestError,
  SigninOtpRequest,
  TContext
> & {
  /** Aborts the request in flight, which then fails with kind `aborted`. */
  cancel: () => void;
};

/**
 * Requests a sign-in OTP from LeadSquared's Get Sign In OTP API as a TanStack
 * Query mutation. Each call sends one SMS, so it never retries.
 */
export function useRequestOtp<TContext = unknown>(
  options: UseRequestOtpOptions<TContext> = {},
  queryClient?: QueryClient,
): UseRequestOtpResult<TContext> {
  const { transport: transportOption, ...mutationOptions } = options;
  const client = useRequiredQueryClient(queryClient, 'useRequestOtp');
  const transport = useOtpTransport(transportOption, 'useRequestOtp');
  const controllerRef = useRef<AbortController | null>(null);

  const mutation = useMutation(
    {
      ...mutationOptions,
      mutationFn: (request: SigninOtpRequest) => {
        const controller = new AbortController();
        controllerRef.current = controller;
        return transport.requestSigninOtp(request, {
          signal: controller.signal,
        });
      },
      // A retried request is a second SMS, whatever the client's defaults.
      retry: false,
      // TanStack pauses mutations while offline and sends them on
      // reconnect; an SMS must not leave minutes later without the user.
      networkMode: 'always',
    },
    client,
  );

  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { ...mutation, cancel };
}
