import { errorResponse, type JsonResponse } from './error-body.js';

/** A checked part of a request body, or the 400 response rejecting it. */
export type BodyCheck<T> =
  { ok: true; value: T } | { ok: false; response: JsonResponse };

/** Parses a request body that must be a JSON object. */
export function parseJsonObject(
  text: string,
): BodyCheck<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid('MXInvalidEntityException', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(
      'MXInvalidEntityException',
      'The body must be a JSON object.',
    );
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Reads a mandatory string field that must not be empty or blank. */
export function requireString(
  object: Record<string, unknown>,
  name: string,
): BodyCheck<string> {
  const value = object[name];
  const blank = typeof value === 'string' && value.trim() === '';
  if (value === undefined || value === null || blank) {
    return invalid(
      'MXMandatoryAttributeMissingException',
      `${name} is missing or empty.`,
    );
  }
  if (typeof value !== 'string') {
    return invalid('MXInvalidEntityException', `${name} must be a string.`);
  }
  return { ok: true, value };
}

function invalid(exceptionType: string, message: string): BodyCheck<never> {
  return { ok: false, response: errorResponse(400, exceptionType, message) };
}
