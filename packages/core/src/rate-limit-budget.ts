import { OtpRequestError } from './errors.js';
import type { OtpTransport } from './transport.js';

/** A budget of at most `limit` requests in any `windowSeconds`. */
export interface RateLimitBudgetOptions {
  limit: number;
  windowSeconds: number;
  /** Current time in ms. @default Date.now */
  clock?: () => number;
}

export interface RateLimitBudget {
  /**
   * Takes one request from the budget: returns 0 when it may go now, else
   * the milliseconds until it may.
   */
  take(): number;
}

/** Creates a sliding-window budget of requests. */
export function createRateLimitBudget({
  limit,
  windowSeconds,
  clock = Date.now,
}: RateLimitBudgetOptions): RateLimitBudget {
  if (!(limit >= 1) || !(windowSeconds > 0)) {
    throw new RangeError(
      `Rate limit must allow at least 1 request in a positive window; ` +
        `received ${limit} in ${windowSeconds} s.`,
    );
  }
  const windowMs = windowSeconds * 1000;
  const sentAt: number[] = [];

  return {
    take() {
      const now = clock();
      while (sentAt.length > 0 && (sentAt[0] ?? 0) <= now - windowMs) {
        sentAt.shift();
      }
      if (sentAt.length >= limit) {
        return (sentAt[0] ?? now) + windowMs - now;
      }
      sentAt.push(now);
      return 0;
    },
  };
}

/**
 * Wraps a transport so it never sends more than the budget allows: a request
 * over it fails with kind `rateLimited` before anything is sent.
 */
export function withRateLimit<TTransport extends OtpTransport>(
  transport: TTransport,
  options: RateLimitBudgetOptions,
): TTransport {
  const budget = createRateLimitBudget(options);
  return {
    ...transport,
    requestSigninOtp(request, callOptions) {
      const waitMs = budget.take();
      if (waitMs > 0) {
        return Promise.reject(
          new OtpRequestError('rateLimited', { retryAfterMs: waitMs }),
        );
      }
      return transport.requestSigninOtp(request, callOptions);
    },
  };
}
