import { defaultRequestMessages } from '../messages.js';
import { defaultOtpCodeMessages } from '../otp-code-messages.js';
import { defaultSignInMessages } from '../PhoneOtpSignIn.js';
import type { OtpMessageCatalogue } from './types.js';

/** English, the kit's default texts. */
export const messagesEn: OtpMessageCatalogue = {
  request: defaultRequestMessages,
  code: defaultOtpCodeMessages,
  signIn: defaultSignInMessages,
};
