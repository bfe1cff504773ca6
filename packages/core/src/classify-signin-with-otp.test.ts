import { describe, expect, it } from 'vitest';
import { classifySigninWithOtp } from './classify-signin-with-otp.js';
import { OtpRequestError } from './errors.js';

function classify(status: number, body: unknown) {
  return classifySigninWithOtp({
    status,
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
    retryAfter: null,
    now: 0,
  });
}

function kindOf(result: unknown) {
  return result instanceof OtpRequestError ? result.kind : 'success';
}

const wrongOtp = {
  Status: 'Error',
  ExceptionType: 'MXInvalidOTPException',
  ExceptionMessage: 'The OTP is incorrect. 4 attempts left.',
};
const expiredOtp = {
  Status: 'Error',
  ExceptionType: 'MXOTPExpiredException',
  ExceptionMessage: 'The OTP has expired or was already used.',
};

describe('classifySigninWithOtp', () => {
  it('returns the success body with its extra fields', () => {
    const body = { LeadId: 'lead-1', AuthKey: 'key-1', IsNew: false };
    expect(classify(200, body)).toEqual(body);
  });

  it('accepts Status Success beside LeadId and AuthKey', () => {
    const body = { LeadId: 'l', AuthKey: 'k', Status: 'Success' };
    expect(kindOf(classify(200, body))).toBe('success');
  });

  it.each([
    [200, { LeadId: 'l', Status: 'Success' }, 'server'],
    [200, { LeadId: 'l', AuthKey: '', Status: 'Success' }, 'server'],
    [200, { LeadId: 'l' }, 'rejected'],
    [200, { LeadId: 'l', AuthKey: 'k', Status: 'Error' }, 'rejected'],
    [200, { Status: 'Error', Message: 'Lead not found' }, 'rejected'],
    [400, wrongOtp, 'invalidOtp'],
    [401, wrongOtp, 'invalidOtp'],
    [500, wrongOtp, 'invalidOtp'],
    [200, { Status: 'Error', Message: 'Invalid OTP' }, 'invalidOtp'],
    [400, expiredOtp, 'expiredOtp'],
    [200, { ...expiredOtp, Status: 'Failure' }, 'expiredOtp'],
    [
      404,
      { Status: 'Error', ExceptionMessage: 'Invalid OTP path' },
      'notFound',
    ],
    [
      429,
      { ...wrongOtp, ExceptionType: 'MXAPIRateLimitExceededException' },
      'rateLimited',
    ],
    [401, { Status: 'Error', ExceptionMessage: 'Bad key' }, 'unauthorized'],
    [
      400,
      { Status: 'Error', ExceptionMessage: 'Code is missing' },
      'badRequest',
    ],
    [502, '<html>502</html>', 'server'],
  ])('classifies %i with %j as %s', (status, body, expected) => {
    expect(kindOf(classify(status, body))).toBe(expected);
  });

  it('keeps the status and exception of a refused OTP', () => {
    const error = classify(400, wrongOtp) as OtpRequestError;
    expect(error.status).toBe(400);
    expect(error.exceptionType).toBe('MXInvalidOTPException');
    expect(error.exceptionMessage).toBe(wrongOtp.ExceptionMessage);
    expect(error.message).toMatch(/one-time password is wrong/);
  });
});
