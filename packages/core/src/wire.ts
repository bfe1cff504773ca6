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

/** Error envelope of LeadSquared's APIs. */
export interface LeadSquaredErrorBody {
  Status?: string;
  ExceptionType?: string;
  ExceptionMessage?: string;
  Message?: string | null;
}
