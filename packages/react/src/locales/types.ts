import type { PhoneOtpRequestMessages } from '../messages.js';
import type { OtpCodeMessages } from '../otp-code-messages.js';
import type { PhoneOtpSignInMessages } from '../PhoneOtpSignIn.js';

/** Every text of the kit in one language. */
export interface OtpMessageCatalogue {
  /** Texts of `<PhoneOtpRequestForm>`; its `locale` and `dir` apply to all. */
  request: PhoneOtpRequestMessages;
  /** Texts of `<OtpCodeForm>`. */
  code: OtpCodeMessages;
  /** Texts of `<PhoneOtpSignIn>` around its two forms. */
  signIn: PhoneOtpSignInMessages;
}
