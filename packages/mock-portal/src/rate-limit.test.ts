import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countCall } from './rate-limit.js';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { requestOtp } from './test-support.js';

describe('countCall', () => {
  const options = { limit: 2, windowSeconds: 5 };

  it('opens a window at the first call', () => {
    const verdict = countCall(undefined, 1000, options);

    expect(verdict.allowed).toBe(true);
    expect(verdict.window).toEqual({ startedAt: 1000, count: 1 });
  });

  it('allows calls up to the limit', () => {
    const verdict = countCall({ startedAt: 1000, count: 1 }, 2000, options);

    expect(verdict.allowed).toBe(true);
  });

  it('rejects the call past the limit', () => {
    const verdict = countCall({ startedAt: 1000, count: 2 }, 2000, options);

    expect(verdict.allowed).toBe(false);
    expect(verdict.window.startedAt).toBe(1000);
  });

  it('opens a new window when the old one ends', () => {
    const verdict = countCall({ startedAt: 1000, count: 5 }, 6000, options);

    expect(verdict.allowed).toBe(true);
    expect(verdict.window).toEqual({ startedAt: 6000, count: 1 });
  });

  it('keeps the window just before it ends', () => {
    const verdict = countCall({ startedAt: 1000, count: 2 }, 5999, options);

    expect(verdict.allowed).toBe(false);
  });
});

describe('rate limit over HTTP', () => {
  let server: MockPortalServer;
  let now = 0;

  beforeAll(async () => {
    server = await startMockPortalServer({
      basePath: '',
      keys: ['key-a', 'key-b'],
      rateLimit: { limit: 2, windowSeconds: 5 },
      clock: () => now,
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    now = Date.UTC(2030, 0, 1);
    server.portal.reset();
  });

  const requestWithKey = (key: string) =>
    requestOtp(server.url, { headers: { Authorization: key } });

  it('returns 429 past the limit', async () => {
    const first = await requestWithKey('key-a');
    const second = await requestWithKey('key-a');
    const third = await requestWithKey('key-a');

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      Status: 'Error',
      ExceptionType: 'MXAPIRateLimitExceededException',
      ExceptionMessage: 'API calls exceeded the limit of 2 in 5 second(s)',
    });
  });

  it('sends no SMS when limited', async () => {
    await requestWithKey('key-a');
    await requestWithKey('key-a');
    await requestWithKey('key-a');

    expect(server.portal.outbox()).toHaveLength(2);
  });

  it('counts each key apart', async () => {
    await requestWithKey('key-a');
    await requestWithKey('key-a');
    const otherKey = await requestWithKey('key-b');

    expect(otherKey.status).toBe(200);
  });

  it('allows calls again after the window', async () => {
    await requestWithKey('key-a');
    await requestWithKey('key-a');
    now += 5000;
    const response = await requestWithKey('key-a');

    expect(response.status).toBe(200);
  });

  it('is reset by reset()', async () => {
    await requestWithKey('key-a');
    await requestWithKey('key-a');
    server.portal.reset();
    const response = await requestWithKey('key-a');

    expect(response.status).toBe(200);
  });

  it('does not count rejected keys', async () => {
    await requestWithKey('wrong-key');
    await requestWithKey('wrong-key');
    await requestWithKey('wrong-key');
    const response = await requestWithKey('key-a');

    expect(response.status).toBe(200);
  });
});

describe('default rate limit', () => {
  it('allows 25 calls in 5 seconds', async () => {
    const server = await startMockPortalServer({
      basePath: '',
      clock: () => 0,
    });
    try {
      const statuses: number[] = [];
      for (let call = 0; call < 26; call += 1) {
        statuses.push((await requestOtp(server.url)).status);
      }

      expect(statuses.slice(0, 25).every((status) => status === 200)).toBe(
        true,
      );
      expect(statuses[25]).toBe(429);
    } finally {
      await server.close();
    }
  });
});
