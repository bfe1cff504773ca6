/** Wait used when neither `Retry-After` nor the message gives one. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 5_000;

const WINDOW = /limit of \d+ in (\d+) second/i;

/**
 * Computes how long to wait after a rate-limited response: from `Retry-After`
 * (seconds or an HTTP date) when present, else from LeadSquared's message
 * "API calls exceeded the limit of N in S second(s)", else 5 s.
 */
export function rateLimitWaitMs(
  retryAfter: string | null,
  message: string | undefined,
  now: number,
): number {
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== undefined) return fromHeader;

  const windowSeconds = message?.match(WINDOW)?.[1];
  if (windowSeconds !== undefined) return Number(windowSeconds) * 1000;

  return DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** Parses a `Retry-After` header into milliseconds from `now`. */
export function parseRetryAfter(
  value: string | null,
  now: number,
): number | undefined {
  if (value === null || value.trim() === '') return undefined;

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  // An HTTP date always names its weekday and month.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
