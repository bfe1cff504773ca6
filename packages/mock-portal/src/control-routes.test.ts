import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { otpPath, phone, publicKey, requestOtp } from './test-support.js';
import type { LoggedRequest } from './types.js';

let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({ basePath: '' });
});
afterAll(() => server.close());
beforeEach(() => server.portal.reset());

describe('GET /__mock/outbox', () => {
  it('starts empty', async () => {
    const response = await fetch(`${server.url}/__mock/outbox`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('lists SMS oldest first', async () => {
    await requestOtp(server.url, {
      body: JSON.stringify({ FieldSchemaName: 'Phone', FieldContent: 'first' }),
    });
    await requestOtp(server.url, {
      body: JSON.stringify({
        FieldSchemaName: 'Phone',
        FieldContent: 'second',
      }),
    });
    const outbox = await (await fetch(`${server.url}/__mock/outbox`)).json();

    expect(outbox).toHaveLength(2);
    expect(outbox[0].to).toBe('first');
    expect(outbox[1].to).toBe('second');
  });

  it('matches outbox()', async () => {
    await requestOtp(server.url);
    const outbox = await (await fetch(`${server.url}/__mock/outbox`)).json();

    expect(outbox).toEqual(server.portal.outbox());
  });
});

describe('GET /__mock/requests', () => {
  const fetchLog = async (): Promise<LoggedRequest[]> =>
    (await fetch(`${server.url}/__mock/requests`)).json();

  it('records method, path and receipt time', async () => {
    await requestOtp(server.url);
    const [logged] = await fetchLog();

    expect(logged?.method).toBe('POST');
    expect(logged?.path).toBe(otpPath);
    expect(Number.isNaN(Date.parse(logged?.receivedAt ?? ''))).toBe(false);
  });

  it('records headers', async () => {
    await requestOtp(server.url, {
      headers: { 'x-lsq-portalid': 'portal-id' },
    });
    const [logged] = await fetchLog();

    expect(logged?.headers.authorization).toBe(publicKey);
    expect(logged?.headers['x-lsq-portalid']).toBe('portal-id');
    expect(logged?.headers['content-type']).toBe('application/json');
  });

  it('parses a JSON body', async () => {
    await requestOtp(server.url);
    const [logged] = await fetchLog();

    expect(logged?.body).toEqual({
      FieldSchemaName: 'Phone',
      FieldContent: phone,
    });
  });

  it('keeps a non-JSON body as text', async () => {
    await requestOtp(server.url, { body: 'not json' });
    const [logged] = await fetchLog();

    expect(logged?.body).toBe('not json');
  });

  it('keeps the query in the path', async () => {
    await fetch(`${server.url}/api/Unknown?x=1`);
    const [logged] = await fetchLog();

    expect(logged?.path).toBe('/api/Unknown?x=1');
  });

  it('records rejected requests', async () => {
    await requestOtp(server.url, { headers: { Authorization: 'wrong-key' } });

    expect(await fetchLog()).toHaveLength(1);
  });

  it('leaves out control requests', async () => {
    await fetch(`${server.url}/__mock/outbox`);
    await fetch(`${server.url}/__mock/requests`);

    expect(await fetchLog()).toEqual([]);
  });

  it('matches requests()', async () => {
    await requestOtp(server.url);

    expect(await fetchLog()).toEqual(server.portal.requests());
  });
});

describe('POST /__mock/reset', () => {
  it('returns 204', async () => {
    const response = await fetch(`${server.url}/__mock/reset`, {
      method: 'POST',
    });

    expect(response.status).toBe(204);
  });

  it('empties outbox and request log', async () => {
    await requestOtp(server.url);
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' });

    expect(server.portal.outbox()).toEqual([]);
    expect(server.portal.requests()).toEqual([]);
  });

  it('clears queued faults', async () => {
    server.portal.injectFaults([{ status: 500 }]);
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    const response = await requestOtp(server.url);

    expect(response.status).toBe(200);
  });
});

describe('unknown paths', () => {
  it('return 404 with the error body', async () => {
    const response = await fetch(`${server.url}/api/Nothing/Here`);
    const body = await response.json();

    expect(response.status).toBe(404);
    expect(body.Status).toBe('Error');
    expect(body.ExceptionType).toEqual(expect.any(String));
    expect(body.ExceptionMessage).toEqual(expect.any(String));
  });

  it('include a wrong method', async () => {
    const response = await fetch(server.url + otpPath);

    expect(response.status).toBe(404);
  });

  it('include a wrong case', async () => {
    const response = await fetch(server.url + otpPath.toLowerCase(), {
      method: 'POST',
      headers: { Authorization: publicKey },
      body: JSON.stringify({ FieldSchemaName: 'Phone', FieldContent: phone }),
    });

    expect(response.status).toBe(404);
  });

  it('include unknown control paths', async () => {
    const response = await fetch(`${server.url}/__mock/nothing`);

    expect(response.status).toBe(404);
  });
});

describe('mount path', () => {
  it('serves the portal under basePath', async () => {
    const mounted = await startMockPortalServer({ basePath: '/mock-portal' });
    try {
      const inside = await requestOtp(mounted.portalUrl);
      const outside = await requestOtp(mounted.url);

      expect(mounted.portalUrl).toBe(`${mounted.url}/mock-portal`);
      expect(inside.status).toBe(200);
      expect(outside.status).toBe(404);
      expect(mounted.portal.requests()[0]?.path).toBe(otpPath);
    } finally {
      await mounted.close();
    }
  });
});
