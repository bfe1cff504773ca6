import type { OtpRequestError, OtpTransport } from '@lsq-otp/core';
import {
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useOtpTransport } from './transport-context.js';
import { useRequiredQueryClient } from './use-required-query-client.js';

/** Mutation options a transport call may take; retries are never allowed. */
export type TransportMutationOptions<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, OtpRequestError, TVariables, TContext>,
  'mutationFn' | 'retry' | 'retryDelay' | 'networkMode'
> & {
  /** The transport to call. @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
};

export type TransportMutationResult<TData, TVariables, TContext> =
  UseMutationResult<TData, OtpRequestError, TVariables, TContext> & {
    /** Aborts the request in flight, which then fails with kind `aborted`. */
    cancel: () => void;
  };

/**
 * Runs one transport call as a TanStack Query mutation that never retries
 * and never waits for the network, with a `cancel` that aborts it.
 */
export function useTransportMutation<TData, TVariables, TContext>(
  caller: string,
  call: (
    transport: OtpTransport,
    variables: TVariables,
    signal: AbortSignal,
  ) => Promise<TData>,
  options: TransportMutationOptions<TData, TVariables, TContext>,
  queryClient: QueryClient | undefined,
): TransportMutationResult<TData, TVariables, TContext> {
  const { transport: transportOption, ...mutationOptions } = options;
  const client = useRequiredQueryClient(queryClient, caller);
  const transport = useOtpTransport(transportOption, caller);
  const controllerRef = useRef<AbortController | null>(null);

  const mutation = useMutation(
    {
      ...mutationOptions,
      mutationFn: (variables: TVariables) => {
        const controller = new AbortController();
        controllerRef.current = controller;
        return call(transport, variables, controller.signal);
      },
      // Each call sends an SMS or spends one of the OTP's attempts, so a
      // retry is never harmless, whatever the client's defaults.
      retry: false,
      // TanStack pauses mutations while offline and sends them on
      // reconnect, minutes later and without the user asking again.
      networkMode: 'always',
    },
    client,
  );

  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { ...mutation, cancel };
}
