import type { RateLimitOptions } from './types.js';

/** The calls counted in one key's current window. */
export interface RateLimitWindow {
  /** Start of the window, in milliseconds since the epoch. */
  startedAt: number;
  count: number;
}

/** The verdict on one call and the window to keep after it. */
export interface RateLimitVerdict {
  allowed: boolean;
  window: RateLimitWindow;
}

/**
 * Counts one call in a fixed window that opens at the first call and lasts
 * `windowSeconds`. Calls past `limit` in the same window are not allowed.
 */
export function countCall(
  window: RateLimitWindow | undefined,
  now: number,
  options: RateLimitOptions,
): RateLimitVerdict {
  const windowMs = options.windowSeconds * 1000;
  if (window === undefined || now - window.startedAt >= windowMs) {
    return {
      allowed: options.limit >= 1,
      window: { startedAt: now, count: 1 },
    };
  }
  const count = window.count + 1;
  return {
    allowed: count <= options.limit,
    window: { startedAt: window.startedAt, count },
  };
}

/** Per-key rate limiter over `countCall`. */
export interface RateLimiter {
  /** Counts a call for `key` and returns whether it is within the limit. */
  tryCall(key: string): boolean;
  reset(): void;
}

/** Creates a rate limiter keeping one window per key. */
export function createRateLimiter(
  options: RateLimitOptions,
  clock: () => number,
): RateLimiter {
  const windows = new Map<string, RateLimitWindow>();
  return {
    tryCall(key) {
      const verdict = countCall(windows.get(key), clock(), options);
      windows.set(key, verdict.window);
      return verdict.allowed;
    },
    reset() {
      windows.clear();
    },
  };
}

/** Builds the message LeadSquared sends when the limit is exceeded. */
export function rateLimitMessage(options: RateLimitOptions): string {
  return `API calls exceeded the limit of ${options.limit} in ${options.windowSeconds} second(s)`;
}
