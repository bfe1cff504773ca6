import type { ApiEndpoint } from './api-route.js';
import { checkAccess } from './check-access.js';
import { errorResponse } from './error-body.js';
import { rateLimitMessage } from './rate-limit.js';
import {
  parseJsonObject,
  requireString,
  type BodyCheck,
} from './request-body.js';

/** The body of Get Sign In OTP. */
export interface SigninOtpRequest {
  FieldSchemaName: string;
  FieldContent: string;
}

/** The success body of Get Sign In OTP. */
export interface SigninOtpResponse {
  Code: string;
  FieldContent: string;
  Message: null;
  Status: 'Success';
}

/**
 * Serves `POST /api/Authentication/SigninOTP/Get`: checks access and the rate
 * limit, then issues a new `Code` and OTP for the `FieldContent` and "sends"
 * the OTP to the outbox.
 */
export const getSigninOtp: ApiEndpoint = (request, { options, state }) => {
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

  const parsed = parseSigninOtpRequest(request.bodyText);
  if (!parsed.ok) return parsed.response;
  const { FieldContent } = parsed.value;

  const issuedAt = options.clock();
  const issued = {
    code: options.generateCode(),
    otp: options.generateOtp(),
    issuedAt,
    failedAttempts: 0,
  };
  state.issuedOtps.save(FieldContent, issued);
  state.outbox.push({
    to: FieldContent,
    otp: issued.otp,
    sentAt: new Date(issuedAt).toISOString(),
  });

  const body: SigninOtpResponse = {
    Code: issued.code,
    FieldContent,
    Message: null,
    Status: 'Success',
  };
  return { status: 200, body };
};

function parseSigninOtpRequest(text: string): BodyCheck<SigninOtpRequest> {
  const body = parseJsonObject(text);
  if (!body.ok) return body;
  const fieldSchemaName = requireString(body.value, 'FieldSchemaName');
  if (!fieldSchemaName.ok) return fieldSchemaName;
  const fieldContent = requireString(body.value, 'FieldContent');
  if (!fieldContent.ok) return fieldContent;
  return {
    ok: true,
    value: {
      FieldSchemaName: fieldSchemaName.value,
      FieldContent: fieldContent.value,
    },
  };
}
