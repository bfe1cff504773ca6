import { inspect } from 'node:util';
import {
  type Fault,
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { OtpRequestError } from './errors.js';
import { createLeadSquaredTransport } from './leadsquared-transport.js';

// Values that must never show up in anything an error or a log carries.
const phone = '+91-9876543210';
const key = 'pk-sentinel-key-7f3a9c';
const code = 'c2VudGluZWwtY29kZS1kbzpub3QtbGVhaw';
const otp = '430897';
const secrets = [phone, '9876543210', '98765 43210', key, code, otp];

const echo = `Lead ${phone} (98765 43210) code ${code} otp ${otp} key ${key}`;
const faults: [string, Fault][] = [
  [
    '400 echoing the request',
    { status: 400, body: { Status: 'Error', ExceptionMessage: echo } },
  ],
  [
    '401 echoing the key',
    { status: 401, body: { Status: 'Error', ExceptionMessage: echo } },
  ],
  [
    '403',
    {
      status: 403,
      body: {
        Status: 'Error',
        ExceptionType: 'MXForbidden',
        ExceptionMessage: echo,
      },
    },
  ],
  ['404', { status: 404, body: echo }],
  [
    '429',
    {
      status: 429,
      body: {
        Status: 'Error',
        ExceptionType: 'MXAPIRateLimitExceededException',
        ExceptionMessage: echo,
      },
    },
  ],
  [
    '500 JSON',
    { status: 500, body: { Status: 'Error', ExceptionMessage: echo } },
  ],
  ['502 HTML', { status: 502, body: `<html>${echo}</html>` }],
  [
    '200 not Success',
    { status: 200, body: { Status: 'Failed', Message: echo } },
  ],
  [
    '200 malformed',
    { status: 200, body: `{"Code": "${code}", "FieldContent": "${phone}"` },
  ],
  ['dropped connection', { drop: true }],
];

let server: MockPortalServer;
const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(
  (method) => vi.spyOn(console, method),
);

beforeAll(async () => {
  server = await startMockPortalServer({
    port: 0,
    basePath: '',
    keys: [key],
    generateCode: () => code,
    generateOtp: () => otp,
  });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.portal.reset();
});

function transport(timeoutMs = 15_000) {
  return createLeadSquaredTransport({
    baseUrl: server.url,
    publicAuthKey: key,
    timeoutMs,
  });
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OtpRequestError);
    return error as OtpRequestError;
  }
  throw new Error('expected the request to fail');
}

function expectNoSecrets(error: OtpRequestError) {
  const carriers = {
    message: error.message,
    string: String(error),
    stack: error.stack ?? '',
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 5 }),
    exceptionMessage: error.exceptionMessage ?? '',
  };
  for (const [carrier, text] of Object.entries(carriers)) {
    for (const secret of secrets) {
      expect(text, `${carrier} leaks a secret`).not.toContain(secret);
    }
  }
}

describe('errors and logs carry no secrets', () => {
  it('sends the sentinels for real', async () => {
    const response = await transport().requestSigninOtp({
      FieldSchemaName: 'Phone',
      FieldContent: phone,
    });
    expect(response.Code).toBe(code);
    expect(server.portal.outbox()[0]?.otp).toBe(otp);
  });

  it.each(faults)('for %s', async (_name, fault) => {
    server.portal.injectFaults([fault]);
    const error = await failureOf(
      transport().requestSigninOtp({
        FieldSchemaName: 'Phone',
        FieldContent: phone,
      }),
    );
    expectNoSecrets(error);
  });

  it('for a timeout', async () => {
    server.portal.injectFaults([{ delayMs: 1_000 }]);
    const error = await failureOf(
      transport(50).requestSigninOtp({
        FieldSchemaName: 'Phone',
        FieldContent: phone,
      }),
    );
    expect(error.kind).toBe('timeout');
    expectNoSecrets(error);
  });

  it('for an abort', async () => {
    server.portal.injectFaults([{ delayMs: 1_000 }]);
    const controller = new AbortController();
    const pending = transport().requestSigninOtp(
      { FieldSchemaName: 'Phone', FieldContent: phone },
      { signal: controller.signal },
    );
    controller.abort();
    const error = await failureOf(pending);
    expect(error.kind).toBe('aborted');
    expectNoSecrets(error);
  });

  it('for an admin key passed as the public key', () => {
    const adminKey = 'u$r1234567890abcdef1234567890abcd';
    let thrown: unknown;
    try {
      createLeadSquaredTransport({ host: 'h', publicAuthKey: adminKey });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(String(thrown)).not.toContain(adminKey);
  });

  it('logs nothing', () => {
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  });
});
