import { describe, expect, it } from 'vitest';
import { parseRetryAfter, rateLimitWaitMs } from './rate-limit-wait.js';

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('60', 0)).toBe(60_000);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('Fri, 04 Dec 2026 10:00:00 GMT');
    expect(parseRetryAfter('Fri, 04 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
  });

  it('clamps a past date to zero', () => {
    const now = Date.parse('Fri, 04 Dec 2026 10:00:00 GMT');
    expect(parseRetryAfter('Fri, 04 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon', '-5'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, 0)).toBeUndefined();
  });
});

describe('rateLimitWaitMs', () => {
  it('derives the wait from the window in the message', () => {
    const message = 'API calls exceeded the limit of 2 in 10 second(s)';
    expect(rateLimitWaitMs(null, message, 0)).toBe(10_000);
  });

  it('falls back to five seconds', () => {
    expect(rateLimitWaitMs(null, undefined, 0)).toBe(5_000);
  });
});
