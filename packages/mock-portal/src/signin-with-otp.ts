import { randomUUID } from 'node:crypto';
import type { ApiEndpoint } from './api-route.js';
import { checkAccess } from './check-access.js';
import { errorResponse, type JsonResponse } from './error-body.js';
import { judgeOtp } from './otp-verdict.js';
import { rateLimitMessage } from './rate-limit.js';
import {
  parseJsonObject,
  requireString,
  type BodyCheck,
} from './request-body.js';

/** The `OTPSigninData` of a Sign In with OTP body. */
export interface OtpSigninData {
  Otp: string;
  FieldContent: string;
  Code: string;
}

/** The success body of Sign In with OTP. */
export interface SigninWithOtpResponse {
  LeadId: string;
  AuthKey: string;
  Message: null;
  Status: 'Success';
}

/**
 * Serves `POST /api/Authentication/Signin` with `OTPSigninRequest: true`:
 * checks access and the rate limit, then judges the OTP against the latest
 * `Code` issued for the `FieldContent`. An accepted OTP is used up.
 */
export const signInWithOtp: ApiEndpoint = (request, { options, state }) => {
  const denied = checkAccess(request.headers, options);
  if (denied) return denied;

  const key = request.headers.authorization ?? '';
  if (!state.rateLimiter.tryCall(key)) {
    return errorResponse(
      429,
      'MXAPIRateLimitExceededException',
      rateLimitMessage(options.rateLimit),
    );
  }

  const parsed = parseSigninWithOtpRequest(request.bodyText);
  if (!parsed.ok) return parsed.response;
  const { Otp, FieldContent, Code } = parsed.value;

  const issued = state.issuedOtps.find(FieldContent);
  const verdict = judgeOtp(issued, { otp: Otp, code: Code }, options.clock(), {
    ttlMs: options.otpTtlSeconds * 1000,
    maxAttempts: options.maxOtpAttempts,
  });

  if (verdict.outcome === 'wrong') {
    if (issued) issued.failedAttempts += 1;
    return wrongOtpResponse(verdict.attemptsLeft);
  }
  // The Code of an expired OTP stays stored, so later attempts with it also
  // get the expired response until a new Get Sign In OTP replaces it.
  if (verdict.outcome === 'expired') return expiredOtpResponse();

  state.issuedOtps.delete(FieldContent);
  const body: SigninWithOtpResponse = {
    LeadId: leadIdFor(state.leadIds, FieldContent),
    AuthKey: options.generateAuthKey(),
    Message: null,
    Status: 'Success',
  };
  return { status: 200, body };
};

// NOTE: LeadSquared does not document how Sign In with OTP rejects an OTP,
// so these two bodies are the mock's own. The exception type names the case,
// and the message uses the words "incorrect" or "expired" that the kit's
// detection rule reads. The last wrong attempt adds that no attempts are left.
function wrongOtpResponse(attemptsLeft: number): JsonResponse {
  const message =
    attemptsLeft > 0
      ? `The OTP is incorrect. ${attemptsLeft} attempt(s) left.`
      : 'The OTP is incorrect, and no attempts are left. Request a new OTP.';
  return errorResponse(400, 'MXInvalidOTPException', message);
}

function expiredOtpResponse(): JsonResponse {
  return errorResponse(
    400,
    'MXOTPExpiredException',
    'The OTP has expired, was already used or was replaced by a newer one. ' +
      'Request a new OTP.',
  );
}

function leadIdFor(leadIds: Map<string, string>, fieldContent: string) {
  let leadId = leadIds.get(fieldContent);
  if (leadId === undefined) {
    leadId = randomUUID();
    leadIds.set(fieldContent, leadId);
  }
  return leadId;
}

function parseSigninWithOtpRequest(text: string): BodyCheck<OtpSigninData> {
  const body = parseJsonObject(text);
  if (!body.ok) return body;
  if (body.value.OTPSigninRequest !== true) {
    return invalidBody('OTPSigninRequest must be true.');
  }
  const data = body.value.OTPSigninData;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return invalidBody('OTPSigninData must be an object.');
  }
  const fields = data as Record<string, unknown>;
  const otp = requireString(fields, 'Otp');
  if (!otp.ok) return otp;
  const fieldContent = requireString(fields, 'FieldContent');
  if (!fieldContent.ok) return fieldContent;
  const code = requireString(fields, 'Code');
  if (!code.ok) return code;
  return {
    ok: true,
    value: {
      Otp: otp.value,
      FieldContent: fieldContent.value,
      Code: code.value,
    },
  };
}

function invalidBody(message: string): BodyCheck<never> {
  return {
    ok: false,
    response: errorResponse(400, 'MXInvalidEntityException', message),
  };
}
