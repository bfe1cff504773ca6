import { describe, expect, it } from 'vitest';
import { classifyResponse } from './classify-response.js';
import { OtpRequestError } from './errors.js';

const isAnyObject = (
  body: Record<string, unknown>,
): body is Record<string, unknown> & { Code: string } =>
  body.Status === 'Success' && typeof body.Code === 'string';

function classify(status: number, body: unknown, retryAfter?: string) {
  return classifyResponse(
    {
      status,
      bodyText: typeof body === 'string' ? body : JSON.stringify(body),
      retryAfter: retryAfter ?? null,
      now: 0,
    },
    isAnyObject,
  );
}

function kindOf(result: unknown) {
  return result instanceof OtpRequestError ? result.kind : 'success';
}

const rateLimitBody = {
  Status: 'Error',
  ExceptionType: 'MXAPIRateLimitExceededException',
  ExceptionMessage: 'API calls exceeded the limit of 25 in 5 second(s)',
};

describe('classifyResponse', () => {
  it.each([
    [200, { Status: 'Success', Code: 'c1', FieldContent: '+1-1' }, 'success'],
    [200, { Status: 'Error', Message: 'Lead not found' }, 'rejected'],
    [200, { Status: 'Success' }, 'server'],
    [200, '', 'server'],
    [200, '<html>ok</html>', 'server'],
    [200, rateLimitBody, 'rateLimited'],
    [403, rateLimitBody, 'rateLimited'],
    [429, rateLimitBody, 'rateLimited'],
    [429, '', 'rateLimited'],
    [400, { Status: 'Error', ExceptionMessage: 'bad' }, 'badRequest'],
    [
      500,
      { Status: 'Error', ExceptionType: 'MXInvalidEntityException' },
      'badRequest',
    ],
    [401, { Status: 'Error' }, 'unauthorized'],
    [403, { Status: 'Error' }, 'forbidden'],
    [404, '', 'notFound'],
    [500, { Status: 'Error', ExceptionMessage: 'boom' }, 'server'],
    [502, '<html>502 Bad Gateway</html>', 'server'],
    [503, '', 'server'],
    [200, '[1,2]', 'server'],
    [200, 'null', 'server'],
  ])('classifies %i with %j as %s', (status, body, expected) => {
    expect(kindOf(classify(status, body))).toBe(expected);
  });

  it('keeps status and exception type', () => {
    const error = classify(400, {
      Status: 'Error',
      ExceptionType: 'MXMandatoryAttributeMissingException',
      ExceptionMessage: 'FieldContent is missing',
    });
    expect(error).toBeInstanceOf(OtpRequestError);
    const { status, exceptionType, exceptionMessage } =
      error as OtpRequestError;
    expect(status).toBe(400);
    expect(exceptionType).toBe('MXMandatoryAttributeMissingException');
    expect(exceptionMessage).toBe('FieldContent is missing');
  });

  it('takes the rate-limit wait from the message', () => {
    const error = classify(429, rateLimitBody) as OtpRequestError;
    expect(error.retryAfterMs).toBe(5_000);
  });

  it('prefers Retry-After over the message', () => {
    const error = classify(429, rateLimitBody, '60') as OtpRequestError;
    expect(error.retryAfterMs).toBe(60_000);
  });
});
