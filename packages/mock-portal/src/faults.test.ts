import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseFaults } from './faults.js';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { otpPath, requestOtp } from './test-support.js';
import type { Fault } from './types.js';

let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({ basePath: '' });
});
afterAll(() => server.close());
beforeEach(() => server.portal.reset());

const postFaults = (faults: unknown) =>
  fetch(`${server.url}/__mock/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });

describe('POST /__mock/faults', () => {
  it('returns 204', async () => {
    const response = await postFaults([{ status: 500 }]);

    expect(response.status).toBe(204);
  });

  it('sends a status and JSON body', async () => {
    const errorBody = {
      Status: 'Error',
      ExceptionType: 'MXAPIRateLimitExceededException',
      ExceptionMessage: 'API calls exceeded the limit of 2 in 5 second(s)',
    };
    await postFaults([
      { status: 403, body: errorBody, headers: { 'Retry-After': '3' } },
    ]);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual(errorBody);
  });

  it('sends an HTML body', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    await postFaults([{ status: 502, body: page }]);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(page);
  });

  it('sends an empty body', async () => {
    await postFaults([{ status: 500, body: '' }]);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });

  it('lets headers set the Content-Type', async () => {
    await postFaults([
      { status: 200, body: 'plain', headers: { 'Content-Type': 'text/plain' } },
    ]);
    const response = await requestOtp(server.url);

    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it('defaults the status to 500', async () => {
    await postFaults([{ body: {} }]);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(500);
  });

  it('drops the connection', async () => {
    await postFaults([{ drop: true }]);

    await expect(
      requestOtp(server.url).then((response) => response.text()),
    ).rejects.toThrow(TypeError);
  });

  it('holds the response for delayMs', async () => {
    await postFaults([{ status: 504, delayMs: 200 }]);
    const started = performance.now();
    const response = await requestOtp(server.url);

    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('lets a client time out', async () => {
    await postFaults([{ delayMs: 2000 }]);

    await expect(
      fetch(server.url + otpPath, {
        method: 'POST',
        signal: AbortSignal.timeout(50),
      }),
    ).rejects.toThrow(/timeout|aborted/i);
  });

  it('delays the normal response alone', async () => {
    await postFaults([{ delayMs: 100 }]);
    const started = performance.now();
    const response = await requestOtp(server.url);

    expect(response.status).toBe(200);
    expect((await response.json()).Status).toBe('Success');
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('applies one fault per request', async () => {
    await postFaults([{ status: 500 }, { status: 502 }]);
    const statuses = [];
    for (let call = 0; call < 3; call += 1) {
      statuses.push((await requestOtp(server.url)).status);
    }

    expect(statuses).toEqual([500, 502, 200]);
  });

  it('logs faulted requests', async () => {
    await postFaults([{ status: 500 }]);
    await requestOtp(server.url);

    expect(server.portal.requests()).toHaveLength(1);
  });

  it('sends no SMS for a faulted request', async () => {
    await postFaults([{ status: 200, body: { Status: 'Error' } }]);
    await requestOtp(server.url);

    expect(server.portal.outbox()).toEqual([]);
  });

  it('keeps CORS headers on faults', async () => {
    await postFaults([{ status: 502, body: '<html></html>' }]);
    const response = await requestOtp(server.url);

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('rejects an invalid fault with 400', async () => {
    const response = await postFaults([{ statusCode: 500 }]);
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.ExceptionMessage).toContain('statusCode');
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await fetch(`${server.url}/__mock/faults`, {
      method: 'POST',
      body: '[{',
    });

    expect(response.status).toBe(400);
  });
});

describe('injectFaults', () => {
  it('queues faults like the endpoint', async () => {
    server.portal.injectFaults([{ status: 503, body: 'down' }]);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(503);
    expect(await response.text()).toBe('down');
  });

  it('throws on an invalid fault', () => {
    const invalid = [{ status: 99 }] as Fault[];

    expect(() => server.portal.injectFaults(invalid)).toThrow(TypeError);
  });
});

describe('parseFaults', () => {
  const invalidFaults: [string, unknown][] = [
    ['a non-array', { status: 500 }],
    ['a null fault', [null]],
    ['an unknown property', [{ statusCode: 500 }]],
    ['a fractional status', [{ status: 500.5 }]],
    ['a status below 200', [{ status: 199 }]],
    ['a status above 599', [{ status: 600 }]],
    ['a numeric body', [{ body: 5 }]],
    ['a null body', [{ body: null }]],
    ['a numeric header', [{ headers: { 'Retry-After': 3 } }]],
    ['a negative delay', [{ delayMs: -1 }]],
    ['a string drop', [{ drop: 'yes' }]],
  ];

  it.each(invalidFaults)('rejects %s', (_name, value) => {
    expect(parseFaults(value)).toHaveProperty('error');
  });

  it('accepts every field', () => {
    const faults = [
      {
        status: 502,
        body: 'page',
        headers: { 'X-Test': '1' },
        delayMs: 0,
        drop: false,
      },
      { body: { Status: 'Error' } },
      {},
    ];

    expect(parseFaults(faults)).toEqual({ faults });
  });
});

describe('close', () => {
  it('ends held responses', async () => {
    const heldServer = await startMockPortalServer({ basePath: '' });
    heldServer.portal.injectFaults([{ delayMs: 10_000 }]);
    const pending = requestOtp(heldServer.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await heldServer.close();

    await expect(pending).rejects.toThrow(TypeError);
  });
});
