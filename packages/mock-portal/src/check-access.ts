import type { IncomingHttpHeaders } from 'node:http';
import { errorResponse, type JsonResponse } from './error-body.js';
import type { ResolvedOptions } from './resolve-options.js';

/**
 * Checks the public auth key, and the registration token and portal id when
 * the portal is configured with them. Returns the 401 response on failure,
 * else `undefined`.
 */
export function checkAccess(
  headers: IncomingHttpHeaders,
  options: ResolvedOptions,
): JsonResponse | undefined {
  // LeadSquared takes the raw key in Authorization, with no "Bearer " scheme.
  const key = headers.authorization;
  if (key === undefined || !options.keys.includes(key)) {
    return unauthorized(
      'The Authorization header is missing or is not an accepted public auth key.',
    );
  }
  if (
    options.registerToken !== undefined &&
    headers['x-lsq-registertoken'] !== options.registerToken
  ) {
    return unauthorized(
      'The x-lsq-registertoken header is missing or does not match the portal.',
    );
  }
  if (
    options.portalId !== undefined &&
    headers['x-lsq-portalid'] !== options.portalId
  ) {
    return unauthorized(
      'The x-lsq-portalid header is missing or does not match the portal.',
    );
  }
  return undefined;
}

function unauthorized(message: string): JsonResponse {
  return errorResponse(401, 'MXUnAuthorizedAccessException', message);
}
