/** The two ways Sign In with OTP refuses an OTP. */
export type OtpRejectionKind = 'invalidOtp' | 'expiredOtp';

// LeadSquared does not document the error bodies of Sign In with OTP, so the
// rule reads the words of `ExceptionType` and `ExceptionMessage` together.
// Only text about the OTP itself counts: "otp" anywhere (exception type
// names such as MXInvalidOTPException run the words together), "one-time",
// "passcode" or "verification code".
const ABOUT_THE_OTP = /otp|one[\s-]?time|passcode|verification code/i;
// Too many wrong tries burn the OTP, so a new one is needed, as when expired.
const ATTEMPTS_EXHAUSTED =
  /too many|attempts? (?:limit )?(?:exceeded|exhausted|reached)|no (?:more )?attempts (?:are )?(?:left|remaining)/i;
const WRONG =
  /invalid|incorrect|wrong|mismatch|(?:not|n't) match|not valid|not correct/i;
const EXPIRED =
  /expire|already (?:been )?used|used already|no longer valid|consumed|superseded|replaced/i;

/**
 * Decides whether an error body of Sign In with OTP rejects the OTP, and
 * how. Text about exhausted attempts gives `expiredOtp`. Text calling the
 * OTP wrong gives `invalidOtp`, also "invalid or expired", because retyping
 * is the cheaper next step and resending stays available. Text calling it
 * expired, used or replaced gives `expiredOtp`. Anything else gives
 * `undefined`.
 */
export function detectOtpRejection(
  exceptionType: string | undefined,
  exceptionMessage: string | undefined,
): OtpRejectionKind | undefined {
  const text = `${exceptionType ?? ''} ${exceptionMessage ?? ''}`;
  if (!ABOUT_THE_OTP.test(text)) return undefined;

  if (ATTEMPTS_EXHAUSTED.test(text)) return 'expiredOtp';
  if (WRONG.test(text)) return 'invalidOtp';
  if (EXPIRED.test(text)) return 'expiredOtp';
  return undefined;
}
