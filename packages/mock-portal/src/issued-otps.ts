/** The latest `Code` and OTP issued for one `FieldContent`. */
export interface IssuedOtp {
  code: string;
  otp: string;
  /** Issue time in milliseconds since the epoch. */
  issuedAt: number;
  /** Wrong OTPs received for this `Code` so far. */
  failedAttempts: number;
}

/**
 * Store of the latest OTP per `FieldContent`. Sign In with OTP accepts only
 * the latest `Code`, because a resend issues a new one.
 */
export interface IssuedOtpStore {
  /** Records an OTP, replacing any earlier one for the same `FieldContent`. */
  save(fieldContent: string, issued: IssuedOtp): void;
  find(fieldContent: string): IssuedOtp | undefined;
  delete(fieldContent: string): void;
  clear(): void;
}

/** Creates an empty in-memory store of issued OTPs. */
export function createIssuedOtpStore(): IssuedOtpStore {
  const byFieldContent = new Map<string, IssuedOtp>();
  return {
    save(fieldContent, issued) {
      byFieldContent.set(fieldContent, issued);
    },
    find(fieldContent) {
      return byFieldContent.get(fieldContent);
    },
    delete(fieldContent) {
      byFieldContent.delete(fieldContent);
    },
    clear() {
      byFieldContent.clear();
    },
  };
}
