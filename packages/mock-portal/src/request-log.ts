import type { IncomingMessage } from 'node:http';
import type { BodyReadResult } from './read-body.js';
import type { LoggedRequest } from './types.js';

/** Builds the request log entry of a request whose body has been read. */
export function toLoggedRequest(
  req: IncomingMessage,
  body: BodyReadResult,
  receivedAt: number,
): LoggedRequest {
  return {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    headers: { ...req.headers },
    body: body.tooLarge ? null : parseIfJson(body.text),
    receivedAt: new Date(receivedAt).toISOString(),
  };
}

function parseIfJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
