/** Kind of failure of a call to LeadSquared, for the UI to switch on. */
export type OtpErrorKind =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'server'
  | 'rejected'
  | 'invalidOtp'
  | 'expiredOtp'
  | 'network'
  | 'timeout'
  | 'aborted';

export interface OtpRequestErrorDetails {
  /** HTTP status, when the server responded. */
  status?: number;
  /** LeadSquared's `ExceptionType`, e.g. `MXInvalidEntityException`. */
  exceptionType?: string;
  /**
   * LeadSquared's `ExceptionMessage` or `Message`. Stored with digit runs and
   * tokens masked; mask request-specific values with `redactSecrets` first.
   */
  exceptionMessage?: string;
  /** For `rateLimited`: how long to wait before the next request. */
  retryAfterMs?: number;
  cause?: unknown;
}

const SUMMARIES: Record<OtpErrorKind, string> = {
  badRequest: 'LeadSquared rejected the request as malformed',
  unauthorized:
    'LeadSquared rejected the public auth key; check the key and the portal host',
  forbidden: 'LeadSquared refused access to the API',
  notFound: 'LeadSquared has no API at this path; check the host and path',
  rateLimited: 'LeadSquared rate limit exceeded',
  server: 'LeadSquared failed to process the request',
  rejected: 'LeadSquared did not issue a code',
  invalidOtp: 'The one-time password is wrong',
  expiredOtp: 'The one-time password has expired or was already used',
  network: 'The request failed before LeadSquared answered',
  timeout: 'LeadSquared did not answer in time',
  aborted: 'The request was cancelled',
};

/**
 * The one error the kit's transports reject with. Its message names the
 * kind, status and exception type only: never a phone number, OTP, `Code` or
 * key.
 */
export class OtpRequestError extends Error {
  override readonly name = 'OtpRequestError';
  readonly kind: OtpErrorKind;
  readonly status: number | undefined;
  readonly exceptionType: string | undefined;
  readonly exceptionMessage: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(kind: OtpErrorKind, details: OtpRequestErrorDetails = {}) {
    super(describe(kind, details), { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.exceptionType = details.exceptionType;
    this.exceptionMessage =
      details.exceptionMessage === undefined
        ? undefined
        : redactSecrets(details.exceptionMessage);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Tells whether `value` is an `OtpRequestError`, across package copies. */
export function isOtpRequestError(value: unknown): value is OtpRequestError {
  return (
    value instanceof OtpRequestError ||
    (value instanceof Error &&
      value.name === 'OtpRequestError' &&
      typeof (value as { kind?: unknown }).kind === 'string')
  );
}

/**
 * Returns `error` when it is an `OtpRequestError`, else wraps it as kind
 * `network`, for a transport of the caller's own that rejected otherwise.
 */
export function toOtpRequestError(error: unknown): OtpRequestError {
  return isOtpRequestError(error)
    ? error
    : new OtpRequestError('network', { cause: error });
}

function describe(kind: OtpErrorKind, details: OtpRequestErrorDetails) {
  const facts = [
    details.status === undefined ? undefined : `HTTP ${details.status}`,
    details.exceptionType,
    details.retryAfterMs === undefined
      ? undefined
      : `retry after ${Math.ceil(details.retryAfterMs / 1000)} s`,
  ].filter(Boolean);
  const suffix = facts.length > 0 ? ` (${facts.join(', ')})` : '';
  return `${SUMMARIES[kind]}${suffix}`;
}

// Server text may echo the number or a token back: runs of six or more digits
// (with separators) and long base64-like tokens are masked.
const DIGIT_RUN = /\+?\d(?:[\d\s().-]{4,}\d)/g;
const TOKEN = /[A-Za-z0-9+/=_-]{24,}/g;

/**
 * Masks phone numbers and tokens in text that came from a server, and every
 * occurrence of the `known` values, such as the request's key and number.
 */
export function redactSecrets(
  text: string,
  known: readonly string[] = [],
): string {
  let redacted = text;
  for (const secret of known) {
    if (secret.length >= 4)
      redacted = redacted.split(secret).join('[redacted]');
  }
  return redacted
    .replace(TOKEN, '[redacted]')
    .replace(DIGIT_RUN, (run) =>
      run.replace(/\D/g, '').length >= 6 ? '[redacted]' : run,
    );
}
