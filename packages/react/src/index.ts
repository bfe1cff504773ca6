export { CountrySelect } from './CountrySelect.js';
export { LazyPhoneOtpRequestForm } from './LazyPhoneOtpRequestForm.js';
export { messagesAr } from './locales/ar.js';
export { messagesEn } from './locales/en.js';
export { messagesHi } from './locales/hi.js';
export { defaultRequestMessages, describeRequestError } from './messages.js';
export { OtpCodeForm } from './OtpCodeForm.js';
export {
  defaultOtpCodeMessages,
  describeOtpCodeError,
} from './otp-code-messages.js';
export { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';
export { defaultSignInMessages, PhoneOtpSignIn } from './PhoneOtpSignIn.js';
export { OtpTransportProvider, useOtpTransport } from './transport-context.js';
export { usePhoneOtpRequestForm } from './use-phone-otp-request-form.js';
export { useRequestOtp } from './use-request-otp.js';
export { useSignInWithOtp } from './use-sign-in-with-otp.js';

export type { CountrySelectProps } from './CountrySelect.js';
export type { OtpMessageCatalogue } from './locales/types.js';
export type { PhoneOtpRequestMessages } from './messages.js';
export type { OtpCodeFormProps } from './OtpCodeForm.js';
export type { OtpCodeMessages } from './otp-code-messages.js';
export type {
  CodeIssued,
  PhoneOtpRequestFormPart,
  PhoneOtpRequestFormProps,
} from './PhoneOtpRequestForm.js';
export type {
  PhoneOtpSignInMessages,
  PhoneOtpSignInProps,
} from './PhoneOtpSignIn.js';
export type { StylingProps } from './styling.js';
export type { OtpTheme } from './theme.js';
export type { OtpTransportProviderProps } from './transport-context.js';
export type {
  UsePhoneOtpRequestFormOptions,
  UsePhoneOtpRequestFormResult,
} from './use-phone-otp-request-form.js';
export type {
  UseRequestOtpOptions,
  UseRequestOtpResult,
} from './use-request-otp.js';
export type {
  TransportMutationOptions,
  TransportMutationResult,
} from './use-transport-mutation.js';
export type { SignedIn } from './use-otp-sign-in.js';
export type {
  UseSignInWithOtpOptions,
  UseSignInWithOtpResult,
} from './use-sign-in-with-otp.js';
