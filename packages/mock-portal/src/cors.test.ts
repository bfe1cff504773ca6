import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { otpPath, requestOtp } from './test-support.js';

let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({ basePath: '' });
});
afterAll(() => server.close());

describe('CORS preflight', () => {
  const preflight = (path: string) =>
    fetch(server.url + path, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:6006',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });

  it('returns 204', async () => {
    const response = await preflight(otpPath);

    expect(response.status).toBe(204);
  });

  it('allows any origin', async () => {
    const response = await preflight(otpPath);

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('allows GET, POST and OPTIONS', async () => {
    const response = await preflight(otpPath);
    const methods = response.headers.get('access-control-allow-methods');

    expect(methods).toBe('GET, POST, OPTIONS');
  });

  it('allows the portal headers', async () => {
    const response = await preflight(otpPath);
    const headers = response.headers
      .get('access-control-allow-headers')
      ?.split(', ');

    expect(headers).toEqual([
      'authorization',
      'content-type',
      'x-lsq-registertoken',
      'x-lsq-portalid',
    ]);
  });

  it('exposes Retry-After', async () => {
    const response = await preflight(otpPath);

    expect(response.headers.get('access-control-expose-headers')).toBe(
      'Retry-After',
    );
  });

  it('applies to unknown paths', async () => {
    const response = await preflight('/anything');

    expect(response.status).toBe(204);
  });

  it('applies to control paths', async () => {
    const response = await preflight('/__mock/outbox');

    expect(response.status).toBe(204);
  });

  it('consumes no fault', async () => {
    server.portal.reset();
    server.portal.injectFaults([{ status: 500 }]);
    await preflight(otpPath);
    const response = await requestOtp(server.url);

    expect(response.status).toBe(500);
  });
});

describe('CORS headers', () => {
  it('are on success responses', async () => {
    const response = await requestOtp(server.url);

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('are on error responses', async () => {
    const response = await requestOtp(server.url, {
      headers: { Authorization: 'wrong-key' },
    });

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('are on control responses', async () => {
    const response = await fetch(`${server.url}/__mock/outbox`);

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
