import type { ServerResponse } from 'node:http';
import type { JsonResponse } from './error-body.js';

const allowedHeaders = [
  'authorization',
  'content-type',
  'x-lsq-registertoken',
  'x-lsq-portalid',
];

/** Sets the CORS headers that every response of the portal carries. */
export function setCorsHeaders(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

/** Responds to a CORS preflight request with 204. */
export function sendPreflight(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', allowedHeaders.join(', '));
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204).end();
}

/** Writes a response, JSON-encoding its body when it has one. */
export function sendJsonResponse(
  res: ServerResponse,
  response: JsonResponse,
): void {
  if (!isWritable(res)) return;
  const text =
    response.body === undefined ? undefined : JSON.stringify(response.body);
  if (text !== undefined) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
  }
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    res.setHeader(name, value);
  }
  if (text === undefined) {
    res.writeHead(response.status).end();
    return;
  }
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.writeHead(response.status).end(text);
}

/** Tells whether a response can still be written, i.e. the client is there. */
export function isWritable(res: ServerResponse): boolean {
  return !res.headersSent && !res.writableEnded && !res.destroyed;
}
