import {
  type Fault,
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OtpRequestError } from './errors.js';
import {
  createLeadSquaredTransport,
  type LeadSquaredTransportOptions,
} from './leadsquared-transport.js';

const request = { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' };
const rateLimitBody = {
  Status: 'Error',
  ExceptionType: 'MXAPIRateLimitExceededException',
  ExceptionMessage: 'API calls exceeded the limit of 25 in 5 second(s)',
};

let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({ port: 0, basePath: '' });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.portal.reset();
});

function transport(options: Partial<LeadSquaredTransportOptions> = {}) {
  return createLeadSquaredTransport({
    baseUrl: server.url,
    publicAuthKey: 'mock-public-auth-key',
    ...options,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<OtpRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OtpRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('createLeadSquaredTransport', () => {
  it('sends the documented request', async () => {
    const response = await transport().requestSigninOtp(request);

    expect(response.Status).toBe('Success');
    expect(response.FieldContent).toBe('+1-4155552671');
    expect(response.Code.length).toBeGreaterThan(20);
    const [logged] = server.portal.requests();
    expect(logged?.method).toBe('POST');
    expect(logged?.path).toBe('/api/Authentication/SigninOTP/Get');
    expect(logged?.headers.authorization).toBe('mock-public-auth-key');
    expect(logged?.headers['content-type']).toBe('application/json');
    expect(logged?.body).toEqual(request);
  });

  it('sends the registration token and portal id when set', async () => {
    await transport({
      registerToken: 'register-token',
      portalId: 'portal-1',
    }).requestSigninOtp(request);

    const [logged] = server.portal.requests();
    expect(logged?.headers['x-lsq-registertoken']).toBe('register-token');
    expect(logged?.headers['x-lsq-portalid']).toBe('portal-1');
  });

  it('omits the optional headers when unset', async () => {
    await transport().requestSigninOtp(request);
    const [logged] = server.portal.requests();
    expect(logged?.headers).not.toHaveProperty('x-lsq-registertoken');
    expect(logged?.headers).not.toHaveProperty('x-lsq-portalid');
  });

  it('uses an overridden path', async () => {
    const error = await failureOf(
      transport({
        paths: { requestSigninOtp: '/v2/api/Authentication/SigninOTP/Get' },
      }).requestSigninOtp(request),
    );
    expect(error.kind).toBe('notFound');
    expect(server.portal.requests()[0]?.path).toBe(
      '/v2/api/Authentication/SigninOTP/Get',
    );
  });

  it('rejects a wrong key as unauthorized', async () => {
    const error = await failureOf(
      transport({ publicAuthKey: 'wrong-key' }).requestSigninOtp(request),
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
  });

  it('rejects an empty FieldContent as badRequest', async () => {
    const error = await failureOf(
      transport().requestSigninOtp({ ...request, FieldContent: '' }),
    );
    expect(error.kind).toBe('badRequest');
  });

  const faults: [string, Fault, string][] = [
    [
      'HTML 502 page',
      { status: 502, body: '<html>502 Bad Gateway</html>' },
      'server',
    ],
    ['empty 500', { status: 500, body: '' }, 'server'],
    ['malformed JSON 200', { status: 200, body: '{"Status": "Succ' }, 'server'],
    [
      'Error envelope 400',
      { status: 400, body: { Status: 'Error', ExceptionMessage: 'bad' } },
      'badRequest',
    ],
    ['401', { status: 401, body: { Status: 'Error' } }, 'unauthorized'],
    ['403', { status: 403, body: { Status: 'Error' } }, 'forbidden'],
    ['404', { status: 404, body: '' }, 'notFound'],
    ['rate limit as 429', { status: 429, body: rateLimitBody }, 'rateLimited'],
    ['rate limit as 403', { status: 403, body: rateLimitBody }, 'rateLimited'],
    ['rate limit as 200', { status: 200, body: rateLimitBody }, 'rateLimited'],
    [
      '200 with Status Error',
      { status: 200, body: { Status: 'Error', Message: 'no lead' } },
      'rejected',
    ],
    ['dropped connection', { drop: true }, 'network'],
  ];

  it.each(faults)('classifies %s', async (_name, fault, kind) => {
    server.portal.injectFaults([fault]);
    const error = await failureOf(transport().requestSigninOtp(request));
    expect(error.kind).toBe(kind);
  });

  it('honours Retry-After on a rate limit', async () => {
    server.portal.injectFaults([
      { status: 429, body: rateLimitBody, headers: { 'Retry-After': '60' } },
    ]);
    const error = await failureOf(transport().requestSigninOtp(request));
    expect(error.retryAfterMs).toBe(60_000);
  });

  it('derives the wait from the rate-limit message', async () => {
    server.portal.injectFaults([{ status: 429, body: rateLimitBody }]);
    const error = await failureOf(transport().requestSigninOtp(request));
    expect(error.retryAfterMs).toBe(5_000);
  });

  it('times out a slow answer', async () => {
    server.portal.injectFaults([{ delayMs: 2_000 }]);
    const error = await failureOf(
      transport({ timeoutMs: 100 }).requestSigninOtp(request),
    );
    expect(error.kind).toBe('timeout');
  });

  it('rejects with aborted when the caller aborts', async () => {
    server.portal.injectFaults([{ delayMs: 2_000 }]);
    const controller = new AbortController();
    const pending = transport().requestSigninOtp(request, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect((await failureOf(pending)).kind).toBe('aborted');
  });

  it('fails with network when nothing listens', async () => {
    const closed = await startMockPortalServer({ port: 0, basePath: '' });
    await closed.close();
    const error = await failureOf(
      transport({ baseUrl: closed.url }).requestSigninOtp(request),
    );
    expect(error.kind).toBe('network');
  });
});

describe('createLeadSquaredTransport options', () => {
  const base = { publicAuthKey: 'key' };

  it('builds an HTTPS URL from a host', async () => {
    const urls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response(
        JSON.stringify({
          Code: 'c',
          FieldContent: 'f',
          Message: null,
          Status: 'Success',
        }),
      );
    };
    await createLeadSquaredTransport({
      ...base,
      host: 'portalapi-us11.leadsquared.com',
      fetch: fakeFetch,
    }).requestSigninOtp(request);
    expect(urls).toEqual([
      'https://portalapi-us11.leadsquared.com/api/Authentication/SigninOTP/Get',
    ]);
  });

  it.each([
    [{}, /host or baseUrl is missing/],
    [{ host: 'a', baseUrl: 'https://b' }, /either host or baseUrl/],
    [{ host: 'https://portalapi.leadsquared.com' }, /bare host name/],
  ])('rejects %j', (options, message) => {
    expect(() => createLeadSquaredTransport({ ...base, ...options })).toThrow(
      message,
    );
  });

  it('rejects a missing public auth key', () => {
    expect(() =>
      createLeadSquaredTransport({ host: 'h', publicAuthKey: '' }),
    ).toThrow(/publicAuthKey is missing/);
  });

  it.each([
    { accessKey: 'u$r0123456789abcdef', secretKey: 'abcdef0123' },
    { secretKey: 'abcdef0123' },
    { publicAuthKey: 'u$r0123456789abcdef0123456789abcdef' },
  ])('rejects admin keys in %#', (options) => {
    const create = () =>
      createLeadSquaredTransport({
        host: 'h',
        ...base,
        ...(options as Partial<LeadSquaredTransportOptions>),
      });
    expect(create).toThrow(/only the public auth key/);
    expect(create).not.toThrow(/u\$r0123|abcdef0123/);
  });
});
