import { describe, expect, it } from 'vitest';
import { detectOtpRejection } from './otp-rejection.js';

describe('detectOtpRejection', () => {
  it.each([
    ['MXInvalidOTPException', 'The OTP is incorrect. 4 attempts left.'],
    [undefined, 'Invalid OTP'],
    [undefined, 'Incorrect one-time password'],
    [undefined, 'The verification code does not match'],
    [undefined, "OTP doesn't match"],
    ['MXException', 'Invalid or expired OTP'],
    [undefined, 'Invalid OTP. Maximum 5 attempts allowed.'],
    ['MXInvalidOtpException', undefined],
  ])('reads %s / %s as invalidOtp', (type, message) => {
    expect(detectOtpRejection(type, message)).toBe('invalidOtp');
  });

  it.each([
    ['MXOTPExpiredException', 'The OTP has expired or was already used.'],
    [undefined, 'OTP expired'],
    [undefined, 'This OTP has already been used'],
    [undefined, 'The OTP is no longer valid'],
    [undefined, 'The OTP was replaced by a newer one'],
    [undefined, 'Too many wrong OTP attempts'],
    [undefined, 'OTP attempts exceeded'],
    [undefined, 'The OTP is incorrect, and no attempts are left.'],
    ['MXOtpExpiredException', undefined],
  ])('reads %s / %s as expiredOtp', (type, message) => {
    expect(detectOtpRejection(type, message)).toBe('expiredOtp');
  });

  it.each([
    [undefined, undefined],
    ['MXInvalidEntityException', 'FieldContent is missing or empty.'],
    ['MXMandatoryAttributeMissingException', 'Otp is missing or empty.'],
    ['MXUnAuthorizedAccessException', 'Invalid public auth key.'],
    ['MXAPIRateLimitExceededException', 'API calls exceeded the limit'],
    ['MXException', 'Lead not found'],
    [undefined, 'The session has expired'],
  ])('leaves %s / %s to the generic rule', (type, message) => {
    expect(detectOtpRejection(type, message)).toBeUndefined();
  });
});
