import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  errorResponse,
  notFoundResponse,
  tooLargeResponse,
  type JsonResponse,
} from './error-body.js';
import { parseFaults } from './faults.js';
import type { PortalState } from './portal-state.js';
import { readBody } from './read-body.js';
import { sendJsonResponse } from './send.js';

/**
 * Tells whether a path belongs to the mock's own control endpoints under
 * `/__mock`, which LeadSquared does not have.
 */
export function isControlPath(path: string): boolean {
  return path === '/__mock' || path.startsWith('/__mock/');
}

/** Serves `/__mock/outbox`, `/__mock/requests`, `/__mock/reset` and `/__mock/faults`. */
export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  state: PortalState,
): Promise<void> {
  const method = req.method ?? 'GET';
  switch (`${method} ${path}`) {
    case 'GET /__mock/outbox':
      sendJsonResponse(res, { status: 200, body: state.outbox });
      return;
    case 'GET /__mock/requests':
      sendJsonResponse(res, { status: 200, body: state.requests });
      return;
    case 'POST /__mock/reset':
      state.reset();
      sendJsonResponse(res, { status: 204 });
      return;
    case 'POST /__mock/faults':
      sendJsonResponse(res, await queueFaults(req, state));
      return;
    default:
      sendJsonResponse(res, notFoundResponse(method, path));
  }
}

async function queueFaults(
  req: IncomingMessage,
  state: PortalState,
): Promise<JsonResponse> {
  const body = await readBody(req);
  if (body.tooLarge) return tooLargeResponse();

  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch {
    return errorResponse(
      400,
      'MXInvalidEntityException',
      'The body is not valid JSON.',
    );
  }
  const parsed = parseFaults(value);
  if ('error' in parsed) {
    return errorResponse(400, 'MXInvalidEntityException', parsed.error);
  }
  state.faults.push(...parsed.faults);
  return { status: 204 };
}
