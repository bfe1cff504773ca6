import {
  createMockTransport,
  type MockTransport,
  type OtpRequestError,
} from '@lsq-otp/core';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../test/render.js';
import { OtpTransportProvider } from './transport-context.js';
import { useSignInWithOtp } from './use-sign-in-with-otp.js';

const data = { Otp: '430897', FieldContent: '+1-4155552671', Code: 'c-1' };

function renderSignIn(transport: MockTransport = createMockTransport()) {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <OtpTransportProvider transport={transport}>
        {children}
      </OtpTransportProvider>
    </QueryClientProvider>
  );
  return { transport, ...renderHook(() => useSignInWithOtp(), { wrapper }) };
}

async function settle(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as OtpRequestError;
  }
  return undefined;
}

describe('useSignInWithOtp', () => {
  afterEach(() => {
    onlineManager.setOnline(true);
  });

  it('throws naming QueryClientProvider without a client', () => {
    const transport = createMockTransport();
    expect(() => renderHook(() => useSignInWithOtp({ transport }))).toThrow(
      /useSignInWithOtp: .*QueryClientProvider/,
    );
  });

  it('throws naming OtpTransportProvider without a transport', () => {
    const queryClient = createTestQueryClient();
    expect(() => renderHook(() => useSignInWithOtp({}, queryClient))).toThrow(
      /OtpTransportProvider/,
    );
  });

  it('accepts a queryClient argument instead of a provider', async () => {
    const transport = createMockTransport();
    const { result } = renderHook(() =>
      useSignInWithOtp({ transport }, createTestQueryClient()),
    );
    await act(() => result.current.mutateAsync(data));
    expect(transport.signInCalls).toEqual([data]);
  });

  it('resolves with LeadId and AuthKey', async () => {
    const { result } = renderSignIn();
    await act(() => result.current.mutateAsync(data));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({
      LeadId: 'mock-lead-1',
      AuthKey: 'mock-auth-key-1',
    });
  });

  it('never retries despite client defaults', async () => {
    const { result, transport } = renderSignIn(
      createMockTransport({ signInScenario: 'serverError' }),
    );
    const error = await act(() => settle(result.current.mutateAsync(data)));
    expect(error?.kind).toBe('server');
    expect(transport.signInCalls).toHaveLength(1);
  });

  it('keeps a wrong OTP as the error state', async () => {
    const { result } = renderSignIn(
      createMockTransport({ signInScenario: 'invalidOtp' }),
    );
    await act(() => settle(result.current.mutateAsync(data)));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('invalidOtp');
  });

  it('sends at once while offline instead of pausing', async () => {
    onlineManager.setOnline(false);
    const { result, transport } = renderSignIn(
      createMockTransport({ signInScenario: 'networkFailure' }),
    );
    const error = await act(() => settle(result.current.mutateAsync(data)));
    expect(error?.kind).toBe('network');
    expect(transport.signInCalls).toHaveLength(1);
  });

  it('cancels the request in flight', async () => {
    const { result, transport } = renderSignIn(
      createMockTransport({ delayMs: 5_000 }),
    );
    let pending: Promise<OtpRequestError | undefined> =
      Promise.resolve(undefined);
    act(() => {
      pending = settle(result.current.mutateAsync(data));
    });
    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
    act(() => result.current.cancel());
    expect((await pending)?.kind).toBe('aborted');
  });
});
