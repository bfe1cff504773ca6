import { describe, expect, it } from 'vitest';
import {
  isOtpRequestError,
  OtpRequestError,
  redactSecrets,
  toOtpRequestError,
} from './errors.js';

describe('OtpRequestError', () => {
  it('names kind, status and exception type in its message', () => {
    const error = new OtpRequestError('rateLimited', {
      status: 429,
      exceptionType: 'MXAPIRateLimitExceededException',
      retryAfterMs: 4_200,
    });
    expect(error.message).toContain('rate limit');
    expect(error.message).toContain('HTTP 429');
    expect(error.message).toContain('MXAPIRateLimitExceededException');
    expect(error.message).toContain('retry after 5 s');
  });

  it('leaves server text out of its message', () => {
    const error = new OtpRequestError('server', {
      exceptionMessage: 'Lead +91-9876543210 failed',
    });
    expect(error.message).not.toContain('9876543210');
    expect(String(error)).not.toContain('9876543210');
  });

  it('redacts numbers in the server text it keeps', () => {
    const error = new OtpRequestError('server', {
      exceptionMessage: 'Lead +91-9876543210 failed',
    });
    expect(error.exceptionMessage).toBe('Lead [redacted] failed');
  });

  it('is recognised by isOtpRequestError', () => {
    expect(isOtpRequestError(new OtpRequestError('network'))).toBe(true);
    expect(isOtpRequestError(new Error('x'))).toBe(false);
  });
});

describe('redactSecrets', () => {
  it.each([
    ['call +1 (415) 555-2671 now', 'call [redacted] now'],
    ['otp 430897 sent', 'otp [redacted] sent'],
    ['code dGhpcyBpcyBhIGxvbmcgYmFzZTY0IHRva2Vu', 'code [redacted]'],
    ['limit of 25 in 5 second(s)', 'limit of 25 in 5 second(s)'],
  ])('turns %j into %j', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('masks known values wherever they appear', () => {
    expect(redactSecrets('bad key pk-1234 for lead', ['pk-1234'])).toBe(
      'bad key [redacted] for lead',
    );
  });
});

describe('toOtpRequestError', () => {
  it('returns an OtpRequestError as it is', () => {
    const error = new OtpRequestError('timeout');
    expect(toOtpRequestError(error)).toBe(error);
  });

  it('wraps anything else as network', () => {
    const cause = new TypeError('fetch failed');
    const wrapped = toOtpRequestError(cause);
    expect(wrapped.kind).toBe('network');
    expect(wrapped.cause).toBe(cause);
  });
});
