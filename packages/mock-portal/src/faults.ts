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
  if (
    status !== undefined &&
    !(
      Number.isInteger(status) &&
      Number(status) >= 200 &&
      Number(status) <= 599
    )
  ) {
    return 'status must be an integer from 200 to 599.';
  }
  if (
    body !== undefined &&
    typeof body !== 'string' &&
    (typeof body !== 'object' || body === null)
  ) {
    return 'body must be a string or an object.';
  }
  if (
    headers !== undefined &&
    !(
      isPlainObject(headers) &&
      Object.values(headers).every((header) => typeof header === 'string')
    )
  ) {
    return 'headers must be an object of strings.';
  }
  if (
    delayMs !== undefined &&
    !(typeof delayMs === 'number' && Number.isFinite(delayMs) && delayMs >= 0)
  ) {
    return 'delayMs must be a number of milliseconds, 0 or more.';
  }
  if (drop !== undefined && typeof drop !== 'boolean') {
    return 'drop must be a boolean.';
  }
  return undefined;
}

/** Tells whether a fault replaces the answer rather than only delaying it. */
export function replacesAnswer(fault: Fault): boolean {
  return (
    fault.drop === true ||
    fault.status !== undefined ||
    fault.body !== undefined ||
    fault.headers !== undefined
  );
}

/** Writes a fault's scripted answer, or destroys the socket for `drop`. */
export function sendFault(res: ServerResponse, fault: Fault): void {
  if (fault.drop === true) {
    res.socket?.destroy();
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
