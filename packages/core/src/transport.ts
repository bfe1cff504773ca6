import type {
  OtpSigninData,
  SigninOtpRequest,
  SigninOtpResponse,
  SigninWithOtpResponse,
} from './wire.js';

/** Options of a single transport call. */
export interface TransportCallOptions {
  /** Aborts the call; the transport then rejects with kind `aborted`. */
  signal?: AbortSignal;
}

/**
 * The seam between the kit and LeadSquared: one async method per API call,
 * resolving to the wire-shaped success body and rejecting with
 * `OtpRequestError`.
 */
export interface OtpTransport {
  requestSigninOtp(
    request: SigninOtpRequest,
    options?: TransportCallOptions,
  ): Promise<SigninOtpResponse>;
  /**
   * Calls Sign In with OTP. Rejects with kind `invalidOtp` for a wrong OTP
   * and `expiredOtp` for one that is too old, already used or replaced.
   */
  signInWithOtp(
    data: OtpSigninData,
    options?: TransportCallOptions,
  ): Promise<SigninWithOtpResponse>;
}
