import type { IssuedOtp } from './issued-otps.js';

/** Outcome of one Sign In with OTP attempt. */
export type OtpVerdict =
  | { outcome: 'accepted' }
  /** A wrong OTP; at 0 attempts left the `Code` is burned. */
  | { outcome: 'wrong'; attemptsLeft: number }
  /** No OTP pending for the number, another `Code`, or past the TTL. */
  | { outcome: 'expired' };

/** The OTP and `Code` of one sign-in attempt. */
export interface OtpAttempt {
  otp: string;
  code: string;
}

/** Limits of an issued OTP. */
export interface OtpLimits {
  ttlMs: number;
  maxAttempts: number;
}

/**
 * Judges an attempt against the latest OTP issued for its number. Only the
 * latest `Code` counts, so a resend makes the earlier one expire, and a
 * mismatched `Code` is not counted as a wrong attempt.
 */
export function judgeOtp(
  issued: IssuedOtp | undefined,
  attempt: OtpAttempt,
  now: number,
  limits: OtpLimits,
): OtpVerdict {
  if (issued === undefined || issued.code !== attempt.code) {
    return { outcome: 'expired' };
  }
  if (now - issued.issuedAt >= limits.ttlMs) return { outcome: 'expired' };
  if (issued.failedAttempts >= limits.maxAttempts) {
    return { outcome: 'expired' };
  }
  if (attempt.otp === issued.otp) return { outcome: 'accepted' };

  const attemptsLeft = limits.maxAttempts - issued.failedAttempts - 1;
  return { outcome: 'wrong', attemptsLeft };
}
