import { describe, expect, it } from 'vitest';
import { OtpRequestError } from '../errors.js';
import { createMockTransport } from '../mock-transport.js';
import {
  createMemoryStorage,
  failingStorage,
} from './memory-storage.test-support.js';
import { readResendAvailableAt } from './resend-cooldown-storage.js';
import { withResendCooldown } from './with-resend-cooldown.js';

const request = { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' };

async function failureOf(promise: Promise<unknown>): Promise<OtpRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OtpRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

function setup(scenario: 'success' | 'rateLimited' = 'success') {
  let now = 1_000_000;
  const storage = createMemoryStorage();
  const inner = createMockTransport({ scenario, retryAfterMs: 90_000 });
  const transport = withResendCooldown(inner, {
    storage,
    cooldownMs: 60_000,
    clock: () => now,
  });
  const advance = (ms: number) => {
    now += ms;
  };
  return { inner, transport, storage, advance, now: () => now };
}

describe('withResendCooldown', () => {
  it('refuses a second code for the number within the cooldown', async () => {
    const { inner, transport, advance } = setup();
    await transport.requestSigninOtp(request);
    advance(20_000);

    const error = await failureOf(transport.requestSigninOtp(request));
    expect(error.kind).toBe('rateLimited');
    expect(error.retryAfterMs).toBe(40_000);
    expect(inner.calls).toHaveLength(1);
  });

  it('lets another number through', async () => {
    const { inner, transport } = setup();
    await transport.requestSigninOtp(request);
    await transport.requestSigninOtp({
      ...request,
      FieldContent: '+44-7400123456',
    });
    expect(inner.calls).toHaveLength(2);
  });

  it('sends again once the cooldown is over', async () => {
    const { inner, transport, advance } = setup();
    await transport.requestSigninOtp(request);
    advance(60_000);
    await transport.requestSigninOtp(request);
    expect(inner.calls).toHaveLength(2);
  });

  it('keeps the cooldown across transports sharing storage', async () => {
    const { transport, storage, now } = setup();
    await transport.requestSigninOtp(request);
    const afterReload = withResendCooldown(createMockTransport(), {
      storage,
      clock: now,
    });
    const error = await failureOf(afterReload.requestSigninOtp(request));
    expect(error.retryAfterMs).toBe(60_000);
  });

  it('waits the server retryAfterMs after a rate limit', async () => {
    const { transport, storage, now } = setup('rateLimited');
    await failureOf(transport.requestSigninOtp(request));
    expect(readResendAvailableAt(storage, request.FieldContent, now())).toBe(
      now() + 90_000,
    );
  });

  it('ends the cooldown at sign-in', async () => {
    const { inner, transport } = setup();
    const { Code, FieldContent } = await transport.requestSigninOtp(request);
    await transport.signInWithOtp({ Otp: '123456', Code, FieldContent });
    await transport.requestSigninOtp(request);
    expect(inner.calls).toHaveLength(2);
  });

  it('keeps no cooldown without working storage', async () => {
    const inner = createMockTransport();
    const transport = withResendCooldown(inner, { storage: failingStorage });
    await transport.requestSigninOtp(request);
    await transport.requestSigninOtp(request);
    expect(inner.calls).toHaveLength(2);
  });

  it('passes the abort signal through', async () => {
    const transport = withResendCooldown(
      createMockTransport({ delayMs: 1_000 }),
      { storage: createMemoryStorage() },
    );
    const controller = new AbortController();
    const pending = transport.requestSigninOtp(request, {
      signal: controller.signal,
    });
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('aborted');
  });
});
