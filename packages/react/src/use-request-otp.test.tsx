import { createMockTransport, type OtpRequestError } from '@lsq-otp/core';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../test/render.js';
import { OtpTransportProvider } from './transport-context.js';
import { useRequestOtp } from './use-request-otp.js';

const request = { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' };

function renderRequestOtp(transport = createMockTransport()) {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <OtpTransportProvider transport={transport}>
        {children}
      </OtpTransportProvider>
    </QueryClientProvider>
  );
  return { transport, ...renderHook(() => useRequestOtp(), { wrapper }) };
}

async function settle(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as OtpRequestError;
  }
  return undefined;
}

describe('useRequestOtp', () => {
  afterEach(() => {
    onlineManager.setOnline(true);
  });

  it('throws naming QueryClientProvider without a client', () => {
    const transport = createMockTransport();
    expect(() => renderHook(() => useRequestOtp({ transport }))).toThrow(
      /QueryClientProvider/,
    );
  });

  it('throws naming OtpTransportProvider without a transport', () => {
    const queryClient = createTestQueryClient();
    expect(() => renderHook(() => useRequestOtp({}, queryClient))).toThrow(
      /OtpTransportProvider/,
    );
  });

  it('accepts a queryClient argument instead of a provider', async () => {
    const transport = createMockTransport();
    const { result } = renderHook(() =>
      useRequestOtp({ transport }, createTestQueryClient()),
    );
    await act(() => result.current.mutateAsync(request));
    expect(transport.calls).toHaveLength(1);
  });

  it('resolves with the server answer', async () => {
    const { result } = renderRequestOtp();
    await act(() => result.current.mutateAsync(request));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({
      Code: 'mock-code-1',
      FieldContent: '+1-4155552671',
      Message: null,
      Status: 'Success',
    });
  });

  it('never retries despite client defaults', async () => {
    const { result, transport } = renderRequestOtp(
      createMockTransport({ scenario: 'serverError' }),
    );
    const error = await act(() => settle(result.current.mutateAsync(request)));
    expect(error?.kind).toBe('server');
    expect(transport.calls).toHaveLength(1);
  });

  it('sends at once while offline instead of pausing', async () => {
    onlineManager.setOnline(false);
    const { result, transport } = renderRequestOtp(
      createMockTransport({ scenario: 'networkFailure' }),
    );
    const error = await act(() => settle(result.current.mutateAsync(request)));
    expect(error?.kind).toBe('network');
    expect(transport.calls).toHaveLength(1);
  });

  it('cancels the request in flight', async () => {
    const { result, transport } = renderRequestOtp(
      createMockTransport({ delayMs: 5_000 }),
    );
    let pending: Promise<OtpRequestError | undefined> =
      Promise.resolve(undefined);
    act(() => {
      pending = settle(result.current.mutateAsync(request));
    });
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    act(() => result.current.cancel());
    expect((await pending)?.kind).toBe('aborted');
  });
});
