import { maxBodyBytes } from './read-body.js';

/** A response before it is written: status, JSON body and extra headers. */
export interface JsonResponse {
  status: number;
  /** Sent as JSON. When `undefined`, the response has no body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** LeadSquared's general error body. */
export interface LsqErrorBody {
  Status: 'Error';
  ExceptionType: string;
  ExceptionMessage: string;
}

/** Builds a response carrying LeadSquared's error body. */
export function errorResponse(
  status: number,
  exceptionType: string,
  exceptionMessage: string,
): JsonResponse {
  const body: LsqErrorBody = {
    Status: 'Error',
    ExceptionType: exceptionType,
    ExceptionMessage: exceptionMessage,
  };
  return { status, body };
}

// NOTE: LeadSquared documents 404 for a wrong path but not its exception
// type, so this name is the mock's own.
/** Builds the 404 response for a method and path the portal does not serve. */
export function notFoundResponse(method: string, path: string): JsonResponse {
  return errorResponse(
    404,
    'MXResourceNotFoundException',
    `No API matches ${method} ${path}.`,
  );
}

/** Builds the 413 response for a body over the size limit. */
export function tooLargeResponse(): JsonResponse {
  const response = errorResponse(
    413,
    'MXInvalidEntityException',
    `The body is larger than the limit of ${maxBodyBytes} bytes.`,
  );
  // The rest of the body stays unread, so the connection cannot be reused.
  return { ...response, headers: { Connection: 'close' } };
}
