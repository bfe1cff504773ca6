import { createMockTransport } from '@lsq-otp/core';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { OtpCodeForm } from './OtpCodeForm.js';

const issued = { Code: 'issued-code', FieldContent: '+1-4155552671' };

interface OtpRequest {
  otp: { transport: string[] };
  signal: AbortSignal;
}

let get: ReturnType<typeof vi.fn<(request: OtpRequest) => Promise<unknown>>>;

beforeEach(() => {
  sessionStorage.clear();
  get = vi.fn<(request: OtpRequest) => Promise<unknown>>(
    () => new Promise(() => {}),
  );
  vi.stubGlobal('OTPCredential', class {});
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: { get },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
});

function renderForm(webOtp?: boolean) {
  const transport = createMockTransport();
  const view = renderWithClient(
    <OtpCodeForm
      issued={issued}
      onSignedIn={() => {}}
      transport={transport}
      webOtp={webOtp}
    />,
  );
  return { transport, ...view };
}

describe('OtpCodeForm with the Web OTP API', () => {
  it('asks the browser for the SMS code', () => {
    renderForm();
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]?.[0].otp).toEqual({ transport: ['sms'] });
  });

  it('signs in with the code the browser reads', async () => {
    get.mockResolvedValueOnce({ type: 'otp', code: '430897' });
    const { transport } = renderForm();

    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
    expect(transport.signInCalls[0]?.Otp).toBe('430897');
    expect(
      screen.getByRole('textbox', { name: 'Code from the SMS' }),
    ).toHaveValue('430897');
  });

  it('aborts the request on unmount', () => {
    const { unmount } = renderForm();
    const signal = get.mock.calls[0]?.[0].signal;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('ignores a declined request', async () => {
    get.mockRejectedValueOnce(new DOMException('no', 'AbortError'));
    const { transport } = renderForm();
    await Promise.resolve();
    expect(transport.signInCalls).toHaveLength(0);
  });

  it('stays off when webOtp is false', () => {
    renderForm(false);
    expect(get).not.toHaveBeenCalled();
  });

  it('stays off where the browser lacks it', () => {
    vi.unstubAllGlobals();
    renderForm();
    expect(get).not.toHaveBeenCalled();
  });
});
