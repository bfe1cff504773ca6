import { OtpRequestError, redactSecrets } from './errors.js';
import { rateLimitWaitMs } from './rate-limit-wait.js';
import type { LeadSquaredErrorBody } from './wire.js';

/** An HTTP response, reduced to the parts classification needs. */
export interface HttpAnswer {
  status: number;
  /** The raw body text; may be empty, HTML or malformed JSON. */
  bodyText: string;
  /** The `Retry-After` header, when present. */
  retryAfter: string | null;
  /** Current time in ms, for `Retry-After` dates. @default Date.now() */
  now?: number;
  /** Values of the request to mask in server text: key, number, Code. */
  secrets?: readonly string[];
}

const RATE_LIMIT_EXCEPTION = 'MXAPIRateLimitExceededException';

// Exception types that name a problem with the request's own data.
const INVALID_INPUT_EXCEPTIONS = new Set([
  'MXInvalidEntityException',
  'MXMandatoryAttributeMissingException',
  'MXDuplicateEntryException',
  'MXXSSException',
]);

/**
 * Classifies a LeadSquared response: the success body when `isSuccess` accepts
 * it, else an `OtpRequestError`. The body is checked before the status,
 * because LeadSquared sends rate limits as 200, 403 or 429 alike.
 */
export function classifyResponse<TSuccess>(
  answer: HttpAnswer,
  isSuccess: (
    body: Record<string, unknown>,
  ) => body is Record<string, unknown> & TSuccess,
): TSuccess | OtpRequestError {
  const { status } = answer;
  const body = parseJsonObject(answer.bodyText);
  const envelope = body as LeadSquaredErrorBody | undefined;
  const exceptionType = stringOrUndefined(envelope?.ExceptionType);
  const serverText =
    stringOrUndefined(envelope?.ExceptionMessage) ??
    stringOrUndefined(envelope?.Message);
  const exceptionMessage =
    serverText === undefined
      ? undefined
      : redactSecrets(serverText, answer.secrets);
  const details = { status, exceptionType, exceptionMessage };

  if (exceptionType === RATE_LIMIT_EXCEPTION || status === 429) {
    return new OtpRequestError('rateLimited', {
      ...details,
      retryAfterMs: rateLimitWaitMs(
        answer.retryAfter,
        serverText,
        answer.now ?? Date.now(),
      ),
    });
  }
  if (exceptionType && INVALID_INPUT_EXCEPTIONS.has(exceptionType)) {
    return new OtpRequestError('badRequest', details);
  }

  if (status >= 200 && status < 300) {
    if (body === undefined) return new OtpRequestError('server', details);
    if (isSuccess(body)) return body;
    // A 200 whose Status is not "Success" is LeadSquared declining the call.
    if (body.Status !== 'Success') {
      return new OtpRequestError('rejected', details);
    }
    return new OtpRequestError('server', details);
  }

  return new OtpRequestError(kindOfStatus(status), details);
}

function kindOfStatus(status: number) {
  if (status === 400) return 'badRequest';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 408) return 'timeout';
  if (status >= 400 && status < 500) return 'badRequest';
  return 'server';
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
