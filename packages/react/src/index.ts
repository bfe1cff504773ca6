export { CountrySelect } from './CountrySelect.js';
export { LazyPhoneOtpRequestForm } from './LazyPhoneOtpRequestForm.js';
export { defaultRequestMessages, describeRequestError } from './messages.js';
export { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';
export { OtpTransportProvider, useOtpTransport } from './transport-context.js';
export { useRequestOtp } from './use-request-otp.js';

export type { CountrySelectProps } from './CountrySelect.js';
export type { PhoneOtpRequestMessages } from './messages.js';
export type {
  CodeIssued,
  PhoneOtpRequestFormProps,
} from './PhoneOtpRequestForm.js';
export type { OtpTransportProviderProps } from './transport-context.js';
export type {
  UseRequestOtpOptions,
  UseRequestOtpResult,
} from './use-request-otp.js';
