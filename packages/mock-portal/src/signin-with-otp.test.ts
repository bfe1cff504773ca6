import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import {
  phone,
  publicKey,
  requestOtp,
  signIn,
  signinPath,
} from './test-support.js';

let now = Date.UTC(2030, 0, 1);
let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({
    basePath: '',
    clock: () => now,
    otpTtlSeconds: 60,
    maxOtpAttempts: 3,
  });
});
afterAll(() => server.close());
beforeEach(() => {
  now = Date.UTC(2030, 0, 1);
  server.portal.reset();
});

/** Requests an OTP and returns its Code with the OTP from the outbox. */
async function issue(fieldContent = phone) {
  const response = await requestOtp(server.url, {
    body: JSON.stringify({
      FieldSchemaName: 'Phone',
      FieldContent: fieldContent,
    }),
  });
  const { Code } = (await response.json()) as { Code: string };
  const otp = server.portal.outbox().at(-1)?.otp ?? '';
  return { Code, Otp: otp };
}

function wrongOtp(otp: string) {
  return otp === '000000' ? '111111' : '000000';
}

describe('POST /api/Authentication/Signin', () => {
  it('returns LeadId and AuthKey for the right OTP', async () => {
    const response = await signIn(server.url, await issue());
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body.Status).toBe('Success');
    expect(body.LeadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.AuthKey).toMatch(/^[A-Za-z0-9+/]{64}$/);
  });

  it('keeps one LeadId per FieldContent', async () => {
    const first = await (await signIn(server.url, await issue())).json();
    server.portal.reset();
    const again = await (await signIn(server.url, await issue())).json();
    const otherNumber = '+44-7400123456';
    const other = await (
      await signIn(server.url, {
        ...(await issue(otherNumber)),
        FieldContent: otherNumber,
      })
    ).json();

    expect(again.LeadId).toBe(first.LeadId);
    expect(again.AuthKey).not.toBe(first.AuthKey);
    expect(other.LeadId).not.toBe(first.LeadId);
  });

  it('accepts an OTP only once', async () => {
    const issued = await issue();
    expect((await signIn(server.url, issued)).status).toBe(200);

    const again = await signIn(server.url, issued);
    expect(again.status).toBe(400);
    expect((await again.json()).ExceptionType).toBe('MXOTPExpiredException');
  });

  it('refuses a wrong OTP with the attempts left', async () => {
    const issued = await issue();
    const response = await signIn(server.url, {
      ...issued,
      Otp: wrongOtp(issued.Otp),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      Status: 'Error',
      ExceptionType: 'MXInvalidOTPException',
      ExceptionMessage: 'The OTP is incorrect. 2 attempt(s) left.',
    });
    expect((await signIn(server.url, issued)).status).toBe(200);
  });

  it('burns the Code at the attempt limit', async () => {
    const issued = await issue();
    const wrong = { ...issued, Otp: wrongOtp(issued.Otp) };
    await signIn(server.url, wrong);
    await signIn(server.url, wrong);
    const last = await (await signIn(server.url, wrong)).json();
    expect(last.ExceptionMessage).toMatch(/no attempts are left/);

    const right = await signIn(server.url, issued);
    expect(right.status).toBe(400);
    expect((await right.json()).ExceptionType).toBe('MXOTPExpiredException');
  });

  it('expires the OTP after otpTtlSeconds', async () => {
    const issued = await issue();
    now += 60_000;
    const response = await signIn(server.url, issued);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      Status: 'Error',
      ExceptionType: 'MXOTPExpiredException',
      ExceptionMessage:
        'The OTP has expired, was already used or was replaced by a newer ' +
        'one. Request a new OTP.',
    });
  });

  it('accepts only the latest Code after a resend', async () => {
    const first = await issue();
    const second = await issue();

    const old = await signIn(server.url, first);
    expect(old.status).toBe(400);
    expect((await old.json()).ExceptionType).toBe('MXOTPExpiredException');
    expect((await signIn(server.url, second)).status).toBe(200);
  });

  it('does not count another Code as a wrong attempt', async () => {
    const issued = await issue();
    for (let i = 0; i < 4; i++) {
      await signIn(server.url, { ...issued, Code: 'stale-code' });
    }
    expect((await signIn(server.url, issued)).status).toBe(200);
  });

  it('refuses a FieldContent with no OTP as expired', async () => {
    const response = await signIn(server.url, { Otp: '123456', Code: 'c' });
    expect((await response.json()).ExceptionType).toBe('MXOTPExpiredException');
  });

  it('rejects a wrong key with 401', async () => {
    const response = await fetch(server.url + signinPath, {
      method: 'POST',
      headers: { Authorization: 'wrong-key' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ['not JSON', 'nope', 'MXInvalidEntityException'],
    [
      'OTPSigninRequest missing',
      { OTPSigninData: { Otp: '1', FieldContent: phone, Code: 'c' } },
      'MXInvalidEntityException',
    ],
    [
      'OTPSigninData missing',
      { OTPSigninRequest: true },
      'MXInvalidEntityException',
    ],
    [
      'OTP in capitals',
      {
        OTPSigninRequest: true,
        OTPSigninData: { OTP: '1', FieldContent: phone, Code: 'c' },
      },
      'MXMandatoryAttributeMissingException',
    ],
    [
      'Code missing',
      {
        OTPSigninRequest: true,
        OTPSigninData: { Otp: '1', FieldContent: phone },
      },
      'MXMandatoryAttributeMissingException',
    ],
  ])('rejects a body with %s as 400', async (_name, body, exceptionType) => {
    const response = await fetch(server.url + signinPath, {
      method: 'POST',
      headers: { Authorization: publicKey },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).ExceptionType).toBe(exceptionType);
  });

  it('shares the per-key rate limit', async () => {
    const limited = await startMockPortalServer({
      basePath: '',
      rateLimit: { limit: 1, windowSeconds: 5 },
    });
    try {
      await requestOtp(limited.url);
      const response = await signIn(limited.url, { Otp: '1', Code: 'c' });
      expect(response.status).toBe(429);
      expect((await response.json()).ExceptionType).toBe(
        'MXAPIRateLimitExceededException',
      );
    } finally {
      await limited.close();
    }
  });
});

describe('sign-in options', () => {
  it.each([
    [{ otpTtlSeconds: 0 }, /otpTtlSeconds/],
    [{ maxOtpAttempts: 0 }, /maxOtpAttempts/],
    [{ maxOtpAttempts: 1.5 }, /maxOtpAttempts/],
  ])('rejects %j', async (options, message) => {
    await expect(startMockPortalServer(options)).rejects.toThrow(message);
  });

  it('uses the injected AuthKey generator', async () => {
    const custom = await startMockPortalServer({
      basePath: '',
      generateOtp: () => '123456',
      generateAuthKey: () => 'fixed-auth-key',
    });
    try {
      const { Code } = await (await requestOtp(custom.url)).json();
      const body = await (
        await signIn(custom.url, { Otp: '123456', Code })
      ).json();
      expect(body.AuthKey).toBe('fixed-auth-key');
    } finally {
      await custom.close();
    }
  });
});
