import { describe, expect, it } from 'vitest';
import { OtpRequestError } from './errors.js';
import { createMockTransport } from './mock-transport.js';
import { createRateLimitBudget, withRateLimit } from './rate-limit-budget.js';

const request = { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' };

describe('createRateLimitBudget', () => {
  it('allows limit requests per window', () => {
    let now = 0;
    const budget = createRateLimitBudget({
      limit: 2,
      windowSeconds: 5,
      clock: () => now,
    });
    expect(budget.take()).toBe(0);
    now = 1_000;
    expect(budget.take()).toBe(0);
    expect(budget.take()).toBe(4_000);
    now = 5_000;
    expect(budget.take()).toBe(0);
  });

  it.each([
    [0, 5],
    [1, 0],
    [Number.NaN, 5],
  ])('rejects %d in %d s', (limit, windowSeconds) => {
    expect(() => createRateLimitBudget({ limit, windowSeconds })).toThrow(
      RangeError,
    );
  });
});

describe('withRateLimit', () => {
  it('fails over budget without sending', async () => {
    const transport = createMockTransport();
    const limited = withRateLimit(transport, { limit: 1, windowSeconds: 60 });
    await limited.requestSigninOtp(request);

    const error = await limited.requestSigninOtp(request).catch((e) => e);
    expect(error).toBeInstanceOf(OtpRequestError);
    expect((error as OtpRequestError).kind).toBe('rateLimited');
    expect((error as OtpRequestError).retryAfterMs).toBeGreaterThan(59_000);
    expect(transport.calls).toHaveLength(1);
  });
});
