import { describe, expect, it } from 'vitest';
import { OtpRequestError } from './errors.js';
import { createMockTransport } from './mock-transport.js';

const request = { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' };

async function kindOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'success';
  } catch (error) {
    return error instanceof OtpRequestError ? error.kind : 'other';
  }
}

describe('createMockTransport', () => {
  it('echoes FieldContent with a Code', async () => {
    const transport = createMockTransport();
    const response = await transport.requestSigninOtp(request);
    expect(response.Status).toBe('Success');
    expect(response.FieldContent).toBe('+1-4155552671');
    expect(response.Code).toBe('mock-code-1');
    expect(transport.calls).toEqual([request]);
  });

  it.each([
    ['invalidNumber', 'badRequest'],
    ['rejected', 'rejected'],
    ['unauthorized', 'unauthorized'],
    ['forbidden', 'forbidden'],
    ['notFound', 'notFound'],
    ['rateLimited', 'rateLimited'],
    ['serverError', 'server'],
    ['networkFailure', 'network'],
    ['timeout', 'timeout'],
  ] as const)('answers %s with kind %s', async (scenario, kind) => {
    const transport = createMockTransport({ scenario });
    expect(await kindOf(transport.requestSigninOtp(request))).toBe(kind);
  });

  it('plays a list of scenarios in order', async () => {
    const transport = createMockTransport({
      scenario: ['serverError', 'success'],
    });
    expect(await kindOf(transport.requestSigninOtp(request))).toBe('server');
    expect(await kindOf(transport.requestSigninOtp(request))).toBe('success');
    expect(await kindOf(transport.requestSigninOtp(request))).toBe('success');
  });

  it('rejects with aborted when the signal fires', async () => {
    const transport = createMockTransport({ delayMs: 1_000 });
    const controller = new AbortController();
    const pending = transport.requestSigninOtp(request, {
      signal: controller.signal,
    });
    controller.abort();
    expect(await kindOf(pending)).toBe('aborted');
  });

  describe('signInWithOtp', () => {
    const data = { Otp: '123456', FieldContent: '+1-4155552671', Code: 'c' };

    it('returns a LeadId and AuthKey', async () => {
      const transport = createMockTransport();
      const response = await transport.signInWithOtp(data);
      expect(response).toEqual({
        LeadId: 'mock-lead-1',
        AuthKey: 'mock-auth-key-1',
      });
      expect(transport.signInCalls).toEqual([data]);
      expect(transport.calls).toEqual([]);
    });

    it('keeps one LeadId per FieldContent', async () => {
      const transport = createMockTransport();
      const first = await transport.signInWithOtp(data);
      const again = await transport.signInWithOtp(data);
      const other = await transport.signInWithOtp({
        ...data,
        FieldContent: '+44-7400123456',
      });
      expect(again.LeadId).toBe(first.LeadId);
      expect(other.LeadId).not.toBe(first.LeadId);
      expect(again.AuthKey).not.toBe(first.AuthKey);
    });

    it.each([
      ['invalidOtp', 'invalidOtp'],
      ['expiredOtp', 'expiredOtp'],
      ['rateLimited', 'rateLimited'],
      ['serverError', 'server'],
      ['networkFailure', 'network'],
      ['timeout', 'timeout'],
    ] as const)('answers %s with kind %s', async (signInScenario, kind) => {
      const transport = createMockTransport({ signInScenario });
      expect(await kindOf(transport.signInWithOtp(data))).toBe(kind);
    });

    it('plays its own list apart from requests', async () => {
      const transport = createMockTransport({
        scenario: 'serverError',
        signInScenario: ['invalidOtp', 'success'],
      });
      expect(await kindOf(transport.requestSigninOtp(request))).toBe('server');
      expect(await kindOf(transport.signInWithOtp(data))).toBe('invalidOtp');
      expect(await kindOf(transport.signInWithOtp(data))).toBe('success');
    });

    it('rejects with aborted when the signal fires', async () => {
      const transport = createMockTransport({ delayMs: 1_000 });
      const controller = new AbortController();
      const pending = transport.signInWithOtp(data, {
        signal: controller.signal,
      });
      controller.abort();
      expect(await kindOf(pending)).toBe('aborted');
    });
  });
});
