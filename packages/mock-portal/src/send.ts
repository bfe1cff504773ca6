import type { ServerResponse } from 'node:http';
import type { JsonAnswer } from './error-body.js';

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

/** Answers a CORS preflight request with 204. */
export function sendPreflight(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', allowedHeaders.join(', '));
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204).end();
}

/** Writes an answer, JSON-encoding its body when it has one. */
export function sendAnswer(res: ServerResponse, answer: JsonAnswer): void {
  if (!isWritable(res)) return;
  const text =
    answer.body === undefined ? undefined : JSON.stringify(answer.body);
  if (text !== undefined) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
  }
  for (const [name, value] of Object.entries(answer.headers ?? {})) {
    res.setHeader(name, value);
  }
  if (text === undefined) {
    res.writeHead(answer.status).end();
    return;
  }
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.writeHead(answer.status).end(text);
}

/** Tells whether a response can still be written, i.e. the client is there. */
export function isWritable(res: ServerResponse): boolean {
  return !res.headersSent && !res.writableEnded && !res.destroyed;
}
