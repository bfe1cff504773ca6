import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  errorAnswer,
  notFoundAnswer,
  tooLargeAnswer,
  type JsonAnswer,
} from './error-body.js';
import { parseFaults } from './faults.js';
import type { PortalState } from './portal-state.js';
import { readBody } from './read-body.js';
import { sendAnswer } from './send.js';

/** Prefix of the mock's own control endpoints, which are not LeadSquared's. */
export const controlPathPrefix = '/__mock/';

/** Tells whether a path belongs to the control endpoints. */
export function isControlPath(path: string): boolean {
  return path === '/__mock' || path.startsWith(controlPathPrefix);
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
      sendAnswer(res, { status: 200, body: state.outbox });
      return;
    case 'GET /__mock/requests':
      sendAnswer(res, { status: 200, body: state.requests });
      return;
    case 'POST /__mock/reset':
      state.reset();
      sendAnswer(res, { status: 204 });
      return;
    case 'POST /__mock/faults':
      sendAnswer(res, await queueFaults(req, state));
      return;
    default:
      sendAnswer(res, notFoundAnswer(method, path));
  }
}

async function queueFaults(
  req: IncomingMessage,
  state: PortalState,
): Promise<JsonAnswer> {
  const body = await readBody(req);
  if (body.tooLarge) return tooLargeAnswer();

  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch {
    return errorAnswer(
      400,
      'MXInvalidEntityException',
      'The body is not valid JSON.',
    );
  }
  const parsed = parseFaults(value);
  if ('error' in parsed) {
    return errorAnswer(400, 'MXInvalidEntityException', parsed.error);
  }
  state.faults.push(...parsed.faults);
  return { status: 204 };
}
