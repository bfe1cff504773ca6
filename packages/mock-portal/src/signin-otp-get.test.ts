import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { otpPath, phone, publicKey, requestOtp } from './test-support.js';

describe('POST /api/Authentication/SigninOTP/Get', () => {
  let server: MockPortalServer;

  beforeAll(async () => {
    server = await startMockPortalServer({ basePath: '' });
  });
  afterAll(() => server.close());
  beforeEach(() => server.portal.reset());

  describe('success', () => {
    it('returns 200 with a Code', async () => {
      const response = await requestOtp(server.url);
      const body = await response.json();

      expect(response.status).toBe(200);
      expect(body.Status).toBe('Success');
      expect(body.Message).toBeNull();
      expect(body.FieldContent).toBe(phone);
      expect(body.Code).toMatch(/^[A-Za-z0-9+/]{64,}={0,2}$/);
      expect(Object.keys(body).sort()).toEqual([
        'Code',
        'FieldContent',
        'Message',
        'Status',
      ]);
    });

    it('issues a new Code each time', async () => {
      const first = await (await requestOtp(server.url)).json();
      const second = await (await requestOtp(server.url)).json();

      expect(second.Code).not.toBe(first.Code);
    });

    it('echoes FieldContent unchanged', async () => {
      const fieldContent = ' 4155550123 ';
      const response = await requestOtp(server.url, {
        body: JSON.stringify({
          FieldSchemaName: 'Mobile',
          FieldContent: fieldContent,
        }),
      });

      expect((await response.json()).FieldContent).toBe(fieldContent);
    });

    it('sends the OTP to the outbox', async () => {
      const before = Date.now();
      await requestOtp(server.url);
      const outbox = server.portal.outbox();

      expect(outbox).toHaveLength(1);
      expect(outbox[0]?.to).toBe(phone);
      expect(outbox[0]?.otp).toMatch(/^\d{6}$/);
      expect(Date.parse(outbox[0]?.sentAt ?? '')).toBeGreaterThanOrEqual(
        before - 1000,
      );
    });
  });

  describe('generators and clock', () => {
    it('uses the injected generators and clock', async () => {
      const portalServer = await startMockPortalServer({
        basePath: '',
        generateOtp: () => '123456',
        generateCode: () => 'fixed-code',
        clock: () => Date.UTC(2030, 0, 2, 3, 4, 5),
      });
      try {
        const body = await (await requestOtp(portalServer.url)).json();
        const [entry] = portalServer.portal.outbox();

        expect(body.Code).toBe('fixed-code');
        expect(entry?.otp).toBe('123456');
        expect(entry?.sentAt).toBe('2030-01-02T03:04:05.000Z');
      } finally {
        await portalServer.close();
      }
    });
  });

  describe('authorization', () => {
    it('rejects a wrong key with 401', async () => {
      const response = await requestOtp(server.url, {
        headers: { Authorization: 'wrong-key' },
      });
      const body = await response.json();

      expect(response.status).toBe(401);
      expect(body.Status).toBe('Error');
      expect(body.ExceptionType).toBe('MXUnAuthorizedAccessException');
      expect(body.ExceptionMessage).toEqual(expect.any(String));
    });

    it('rejects a missing key with 401', async () => {
      const response = await fetch(server.url + otpPath, {
        method: 'POST',
        body: JSON.stringify({
          FieldSchemaName: 'Phone',
          FieldContent: phone,
        }),
      });

      expect(response.status).toBe(401);
    });

    it('rejects a Bearer key with 401', async () => {
      const response = await requestOtp(server.url, {
        headers: { Authorization: `Bearer ${publicKey}` },
      });

      expect(response.status).toBe(401);
    });

    it('sends no SMS when rejected', async () => {
      await requestOtp(server.url, { headers: { Authorization: 'wrong-key' } });

      expect(server.portal.outbox()).toEqual([]);
    });

    it('accepts any configured key', async () => {
      const portalServer = await startMockPortalServer({
        basePath: '',
        keys: ['key-a', 'key-b'],
      });
      try {
        const a = await requestOtp(portalServer.url, {
          headers: { Authorization: 'key-a' },
        });
        const b = await requestOtp(portalServer.url, {
          headers: { Authorization: 'key-b' },
        });
        const defaultKey = await requestOtp(portalServer.url);

        expect(a.status).toBe(200);
        expect(b.status).toBe(200);
        expect(defaultKey.status).toBe(401);
      } finally {
        await portalServer.close();
      }
    });
  });

  describe('registration token and portal id', () => {
    let strictServer: MockPortalServer;
    const tokenHeaders = {
      'x-lsq-registertoken': 'register-token',
      'x-lsq-portalid': 'portal-id',
    };

    beforeAll(async () => {
      strictServer = await startMockPortalServer({
        basePath: '',
        registerToken: 'register-token',
        portalId: 'portal-id',
      });
    });
    afterAll(() => strictServer.close());

    it('accepts both headers', async () => {
      const response = await requestOtp(strictServer.url, {
        headers: tokenHeaders,
      });

      expect(response.status).toBe(200);
    });

    it('rejects a missing registration token', async () => {
      const response = await requestOtp(strictServer.url, {
        headers: { 'x-lsq-portalid': 'portal-id' },
      });
      const body = await response.json();

      expect(response.status).toBe(401);
      expect(body.ExceptionType).toBe('MXUnAuthorizedAccessException');
    });

    it('rejects a wrong portal id', async () => {
      const response = await requestOtp(strictServer.url, {
        headers: { ...tokenHeaders, 'x-lsq-portalid': 'other-portal' },
      });

      expect(response.status).toBe(401);
    });

    it('ignores both headers when not configured', async () => {
      const response = await requestOtp(server.url);

      expect(response.status).toBe(200);
    });
  });

  describe('body validation', () => {
    const cases = [
      {
        name: 'malformed JSON',
        body: '{"FieldSchemaName": ',
        exceptionType: 'MXInvalidEntityException',
      },
      {
        name: 'a JSON array',
        body: '[]',
        exceptionType: 'MXInvalidEntityException',
      },
      {
        name: 'an empty body',
        body: '',
        exceptionType: 'MXInvalidEntityException',
      },
      {
        name: 'missing FieldSchemaName',
        body: JSON.stringify({ FieldContent: phone }),
        exceptionType: 'MXMandatoryAttributeMissingException',
      },
      {
        name: 'missing FieldContent',
        body: JSON.stringify({ FieldSchemaName: 'Phone' }),
        exceptionType: 'MXMandatoryAttributeMissingException',
      },
      {
        name: 'blank FieldContent',
        body: JSON.stringify({ FieldSchemaName: 'Phone', FieldContent: '  ' }),
        exceptionType: 'MXMandatoryAttributeMissingException',
      },
      {
        name: 'numeric FieldContent',
        body: JSON.stringify({
          FieldSchemaName: 'Phone',
          FieldContent: 4155550123,
        }),
        exceptionType: 'MXInvalidEntityException',
      },
    ];

    it.each(cases)(
      'rejects $name with 400',
      async ({ body, exceptionType }) => {
        const response = await requestOtp(server.url, { body });
        const errorBody = await response.json();

        expect(response.status).toBe(400);
        expect(errorBody.Status).toBe('Error');
        expect(errorBody.ExceptionType).toBe(exceptionType);
        expect(server.portal.outbox()).toEqual([]);
      },
    );

    it('rejects a body over 64 KiB with 413', async () => {
      const body = JSON.stringify({
        FieldSchemaName: 'Phone',
        FieldContent: 'x'.repeat(70 * 1024),
      });
      const response = await requestOtp(server.url, { body });

      expect(response.status).toBe(413);
      expect((await response.json()).ExceptionType).toBe(
        'MXInvalidEntityException',
      );
    });

    it('rejects a streamed body over 64 KiB', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 1024) {
            controller.close();
            return;
          }
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(server.url + otpPath, {
        method: 'POST',
        headers: { Authorization: publicKey },
        body: stream,
        duplex: 'half',
      } as RequestInit);

      expect(response.status).toBe(413);
      expect(sent).toBeLessThan(1024);
    });
  });
});
