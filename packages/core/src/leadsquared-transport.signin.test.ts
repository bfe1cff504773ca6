import {
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OtpRequestError } from './errors.js';
import {
  createLeadSquaredTransport,
  type LeadSquaredTransportOptions,
} from './leadsquared-transport.js';

const fieldContent = '+1-4155552671';
let now = Date.UTC(2030, 0, 1);
let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({
    port: 0,
    basePath: '',
    clock: () => now,
    otpTtlSeconds: 60,
    maxOtpAttempts: 2,
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  now = Date.UTC(2030, 0, 1);
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

/** Requests an OTP and reads it from the outbox, as the lead's phone would. */
async function issue() {
  const { Code, FieldContent } = await transport().requestSigninOtp({
    FieldSchemaName: 'Phone',
    FieldContent: fieldContent,
  });
  const Otp = server.portal.outbox().at(-1)?.otp ?? '';
  return { Otp, FieldContent, Code };
}

function withWrongOtp<TData extends { Otp: string }>(data: TData): TData {
  return { ...data, Otp: data.Otp === '000000' ? '111111' : '000000' };
}

describe('createLeadSquaredTransport signInWithOtp', () => {
  it('sends the documented body and returns LeadId and AuthKey', async () => {
    const data = await issue();
    const response = await transport().signInWithOtp(data);

    expect(response.LeadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.AuthKey.length).toBeGreaterThan(20);
    const logged = server.portal.requests().at(-1);
    expect(logged?.method).toBe('POST');
    expect(logged?.path).toBe('/api/Authentication/Signin');
    expect(logged?.headers.authorization).toBe('mock-public-auth-key');
    expect(logged?.body).toEqual({
      OTPSigninRequest: true,
      OTPSigninData: {
        Otp: data.Otp,
        FieldContent: fieldContent,
        Code: data.Code,
      },
    });
  });

  it('sends only the three documented fields', async () => {
    const data = await issue();
    const extra = { ...data, FieldSchemaName: 'Phone' };
    await transport().signInWithOtp(extra);
    const logged = server.portal.requests().at(-1)?.body as {
      OTPSigninData: object;
    };
    expect(Object.keys(logged.OTPSigninData)).toEqual([
      'Otp',
      'FieldContent',
      'Code',
    ]);
  });

  it('rejects a wrong OTP as invalidOtp', async () => {
    const data = await issue();
    const error = await failureOf(
      transport().signInWithOtp(withWrongOtp(data)),
    );
    expect(error.kind).toBe('invalidOtp');
    expect(error.status).toBe(400);
    expect(error.message).not.toContain(data.Otp);
  });

  it('rejects an OTP past its TTL as expiredOtp', async () => {
    const data = await issue();
    now += 60_000;
    const error = await failureOf(transport().signInWithOtp(data));
    expect(error.kind).toBe('expiredOtp');
  });

  it('rejects a used OTP as expiredOtp', async () => {
    const data = await issue();
    await transport().signInWithOtp(data);
    const error = await failureOf(transport().signInWithOtp(data));
    expect(error.kind).toBe('expiredOtp');
  });

  it('rejects the Code of an earlier request as expiredOtp', async () => {
    const first = await issue();
    const second = await issue();
    const error = await failureOf(transport().signInWithOtp(first));
    expect(error.kind).toBe('expiredOtp');
    await expect(transport().signInWithOtp(second)).resolves.toHaveProperty(
      'LeadId',
    );
  });

  it('rejects the last allowed wrong OTP as expiredOtp', async () => {
    const data = await issue();
    const wrong = withWrongOtp(data);
    expect((await failureOf(transport().signInWithOtp(wrong))).kind).toBe(
      'invalidOtp',
    );
    expect((await failureOf(transport().signInWithOtp(wrong))).kind).toBe(
      'expiredOtp',
    );
    expect((await failureOf(transport().signInWithOtp(data))).kind).toBe(
      'expiredOtp',
    );
  });

  it('uses an overridden path', async () => {
    const error = await failureOf(
      transport({
        paths: { signInWithOtp: '/v2/api/Authentication/Signin' },
      }).signInWithOtp(await issue()),
    );
    expect(error.kind).toBe('notFound');
    expect(server.portal.requests().at(-1)?.path).toBe(
      '/v2/api/Authentication/Signin',
    );
  });

  it('rejects a wrong key as unauthorized', async () => {
    const error = await failureOf(
      transport({ publicAuthKey: 'wrong-key' }).signInWithOtp(await issue()),
    );
    expect(error.kind).toBe('unauthorized');
  });

  it('classifies a rate limit before the OTP rule', async () => {
    const data = await issue();
    server.portal.injectFaults([
      {
        status: 200,
        body: {
          Status: 'Error',
          ExceptionType: 'MXAPIRateLimitExceededException',
          ExceptionMessage:
            'Too many OTP attempts: API calls exceeded the limit of 25 in ' +
            '5 second(s)',
        },
      },
    ]);
    const error = await failureOf(transport().signInWithOtp(data));
    expect(error.kind).toBe('rateLimited');
    expect(error.retryAfterMs).toBe(5_000);
  });

  it.each([
    [{ status: 502, body: '<html>502</html>' }, 'server'],
    [{ status: 200, body: { LeadId: 'l', Status: 'Success' } }, 'server'],
    [{ drop: true }, 'network'],
  ])('classifies fault %j as %s', async (fault, kind) => {
    const data = await issue();
    server.portal.injectFaults([fault]);
    expect((await failureOf(transport().signInWithOtp(data))).kind).toBe(kind);
  });

  it('masks the OTP, Code and number in server text', async () => {
    const data = await issue();
    server.portal.injectFaults([
      {
        status: 400,
        body: {
          Status: 'Error',
          ExceptionMessage: `OTP ${data.Otp} for ${fieldContent} is invalid`,
        },
      },
    ]);
    const error = await failureOf(transport().signInWithOtp(data));
    expect(error.kind).toBe('invalidOtp');
    expect(error.exceptionMessage).not.toContain(data.Otp);
    expect(error.exceptionMessage).not.toContain('4155552671');
  });

  it('times out a slow answer', async () => {
    const data = await issue();
    server.portal.injectFaults([{ delayMs: 2_000 }]);
    const error = await failureOf(
      transport({ timeoutMs: 100 }).signInWithOtp(data),
    );
    expect(error.kind).toBe('timeout');
  });

  it('rejects with aborted when the caller aborts', async () => {
    const data = await issue();
    server.portal.injectFaults([{ delayMs: 2_000 }]);
    const controller = new AbortController();
    const pending = transport().signInWithOtp(data, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect((await failureOf(pending)).kind).toBe('aborted');
  });
});
