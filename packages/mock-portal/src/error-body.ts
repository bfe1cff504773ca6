import { maxBodyBytes } from './read-body.js';

/** An answer before it is written: status, JSON body and extra headers. */
export interface JsonAnswer {
  status: number;
  /** Sent as JSON; `undefined` sends no body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** LeadSquared's general error body. */
export interface LsqErrorBody {
  Status: 'Error';
  ExceptionType: string;
  ExceptionMessage: string;
}

/** Builds an answer carrying LeadSquared's error body. */
export function errorAnswer(
  status: number,
  exceptionType: string,
  exceptionMessage: string,
): JsonAnswer {
  const body: LsqErrorBody = {
    Status: 'Error',
    ExceptionType: exceptionType,
    ExceptionMessage: exceptionMessage,
  };
  return { status, body };
}

// NOTE: LeadSquared documents 404 for a wrong path but not its exception
// type, so this name is the mock's own.
/** Builds the 404 answer for a method and path the portal does not serve. */
export function notFoundAnswer(method: string, path: string): JsonAnswer {
  return errorAnswer(
    404,
    'MXResourceNotFoundException',
    `No API matches ${method} ${path}.`,
  );
}

/** Builds the 413 answer for a body over the size limit. */
export function tooLargeAnswer(): JsonAnswer {
  const answer = errorAnswer(
    413,
    'MXInvalidEntityException',
    `The body is larger than the limit of ${maxBodyBytes} bytes.`,
  );
  // The rest of the body stays unread, so the connection cannot be reused.
  return { ...answer, headers: { Connection: 'close' } };
}
