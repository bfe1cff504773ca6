/** Body of Get Sign In OTP, as LeadSquared defines it. */
export interface SigninOtpRequest {
  /** Schema name of a unique lead field that stores the phone number. */
  FieldSchemaName: string;
  /** The phone number, written the way the tenant stores it. */
  FieldContent: string;
}

/** Success body of Get Sign In OTP. */
export interface SigninOtpResponse {
  /** Opaque token that Sign In with OTP needs with the OTP. A secret. */
  Code: string;
  /** The `FieldContent` the OTP was sent to, as echoed by the server. */
  FieldContent: string;
  Message: string | null;
  Status: 'Success';
}

/** The `OTPSigninData` of Sign In with OTP: the OTP and what Get Sign In OTP returned. */
export interface OtpSigninData {
  /** The one-time password the lead received by SMS. A secret. */
  Otp: string;
  /** The `FieldContent` echoed by Get Sign In OTP. */
  FieldContent: string;
  /** The `Code` of the latest Get Sign In OTP call for this number. A secret. */
  Code: string;
}

/** Body of Sign In with OTP, as LeadSquared defines it, casing included. */
export interface SigninWithOtpRequest {
  OTPSigninRequest: true;
  OTPSigninData: OtpSigninData;
}

/**
 * Success body of Sign In with OTP. LeadSquared documents `LeadId` and
 * `AuthKey` only, so any other field is kept as received.
 */
export interface SigninWithOtpResponse {
  /** The signed-in lead's id. */
  LeadId: string;
  /** The lead's private session key, valid for 4 hours. A secret. */
  AuthKey: string;
  [field: string]: unknown;
}

/** Error envelope of LeadSquared's APIs. */
export interface LeadSquaredErrorBody {
  Status?: string;
  ExceptionType?: string;
  ExceptionMessage?: string;
  Message?: string | null;
}
