import type { ServerResponse } from 'node:http';
import { isWritable } from './send.js';
import type { Fault } from './types.js';

const faultKeys = new Set(['status', 'body', 'headers', 'delayMs', 'drop']);

/** The result of validating a list of faults: the faults, or what is wrong. */
export type ParsedFaults = { faults: Fault[] } | { error: string };

/** Validates untrusted JSON as a list of faults. */
export function parseFaults(value: unknown): ParsedFaults {
  if (!Array.isArray(value)) {
    return { error: 'The body must be a JSON array of faults.' };
  }
  const faults: Fault[] = [];
  for (const [index, item] of value.entries()) {
    const problem = findFaultProblem(item);
    if (problem !== undefined) {
      return { error: `Fault ${index} is invalid: ${problem}` };
    }
    faults.push(item as Fault);
  }
  return { faults };
}

/** Describes what makes a value an invalid fault, or returns `undefined`. */
export function findFaultProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'it must be an object.';
  const unknownKey = Object.keys(value).find((key) => !faultKeys.has(key));
  if (unknownKey !== undefined) return `unknown property "${unknownKey}".`;

  const { status, body, headers, delayMs, drop } = value;
  if (status !== undefined && !isHttpStatus(status)) {
    return 'status must be an integer from 200 to 599.';
  }
  if (body !== undefined && typeof body !== 'string' && !isObject(body)) {
    return 'body must be a string or an object.';
  }
  if (headers !== undefined && !isStringRecord(headers)) {
    return 'headers must be an object of strings.';
  }
  if (delayMs !== undefined && !isDelay(delayMs)) {
    return 'delayMs must be a number of milliseconds, 0 or more.';
  }
  if (drop !== undefined && typeof drop !== 'boolean') {
    return 'drop must be a boolean.';
  }
  return undefined;
}

/** Tells whether a fault replaces the response rather than only delaying it. */
export function replacesResponse(fault: Fault): boolean {
  return (
    fault.drop === true ||
    fault.status !== undefined ||
    fault.body !== undefined ||
    fault.headers !== undefined
  );
}

/** Writes a fault's scripted response, or breaks the connection for `drop`. */
export function sendFault(res: ServerResponse, fault: Fault): void {
  if (fault.drop === true) {
    breakConnection(res);
    return;
  }
  if (!isWritable(res)) return;

  const { body } = fault;
  if (typeof body === 'string' && body !== '') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
  } else if (typeof body === 'object') {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
  }
  for (const [name, value] of Object.entries(fault.headers ?? {})) {
    res.setHeader(name, value);
  }
  const text = typeof body === 'object' ? JSON.stringify(body) : (body ?? '');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.writeHead(fault.status ?? 500).end(text);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

function isStringRecord(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

// Node cannot send a 1xx status as a final response.
function isHttpStatus(value: unknown): boolean {
  return (
    Number.isInteger(value) && Number(value) >= 200 && Number(value) <= 599
  );
}

function isDelay(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

// A socket closed before any response byte looks, to Chromium, like a stale
// keep-alive connection, and Chromium quietly sends the request again. So the
// connection breaks in the middle of the body instead, which every client
// reports as a network error without retrying.
function breakConnection(res: ServerResponse): void {
  if (!isWritable(res)) return;
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': '1024',
  });
  res.write('{', () => res.socket?.destroy());
}
