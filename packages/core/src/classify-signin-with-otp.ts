import { classifyResponse, type HttpAnswer } from './classify-response.js';
import { type OtpErrorKind, OtpRequestError } from './errors.js';
import { detectOtpRejection } from './otp-rejection.js';
import type { SigninWithOtpResponse } from './wire.js';

// Kinds under which LeadSquared might reject an OTP. A 404 means a wrong path,
// and a rate limit keeps its kind whatever its text.
const OTP_REJECTION_KINDS = new Set<OtpErrorKind>([
  'badRequest',
  'unauthorized',
  'forbidden',
  'rejected',
  'server',
]);

/**
 * Classifies a response of Sign In with OTP as `classifyResponse` does, then
 * turns an error whose text rejects the OTP into kind `invalidOtp` or
 * `expiredOtp` by the rule of `detectOtpRejection`.
 */
export function classifySigninWithOtp(
  answer: HttpAnswer,
): SigninWithOtpResponse | OtpRequestError {
  const result = classifyResponse(answer, isSigninWithOtpResponse);
  if (!(result instanceof OtpRequestError)) return result;
  if (!OTP_REJECTION_KINDS.has(result.kind)) return result;

  const kind = detectOtpRejection(
    result.exceptionType,
    result.exceptionMessage,
  );
  if (kind === undefined) return result;
  return new OtpRequestError(kind, {
    status: result.status,
    exceptionType: result.exceptionType,
    exceptionMessage: result.exceptionMessage,
  });
}

/** Tells whether a body is a success of Sign In with OTP. */
export function isSigninWithOtpResponse(
  body: Record<string, unknown>,
): body is SigninWithOtpResponse {
  return (
    (body.Status === undefined || body.Status === 'Success') &&
    typeof body.LeadId === 'string' &&
    body.LeadId !== '' &&
    typeof body.AuthKey === 'string' &&
    body.AuthKey !== ''
  );
}
