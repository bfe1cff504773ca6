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
});
