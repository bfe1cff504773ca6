export { toAsciiDigits } from './ascii-digits.js';
export { classifyResponse } from './classify-response.js';
export {
  classifySigninWithOtp,
  isSigninWithOtpResponse,
} from './classify-signin-with-otp.js';
export { cooldownSecondsLeft, msUntilNextSecond } from './cooldown.js';
export {
  isOtpRequestError,
  OtpRequestError,
  redactSecrets,
  toOtpRequestError,
} from './errors.js';
export {
  createLeadSquaredTransport,
  DEFAULT_TIMEOUT_MS,
} from './leadsquared-transport.js';
export { createMockTransport } from './mock-transport.js';
export { detectOtpRejection } from './otp-rejection.js';
export {
  assertOtpLength,
  DEFAULT_OTP_LENGTH,
  extractOtp,
} from './otp/extract-otp.js';
export { normalizeOtpInput } from './otp/normalize-otp-input.js';
export {
  clearResendCooldown,
  readResendAvailableAt,
  RESEND_COOLDOWN_KEY_PREFIX,
  resendCooldownKey,
  writeResendAvailableAt,
} from './otp/resend-cooldown-storage.js';
export {
  DEFAULT_RESEND_COOLDOWN_MS,
  withResendCooldown,
} from './otp/with-resend-cooldown.js';
export { isCountryCode, listCountries } from './phone/countries.js';
export { countryOfPhoneText } from './phone/country-of-phone-text.js';
export { formatFieldContent } from './phone/field-content.js';
export { formatInternational } from './phone/format-international.js';
export { formatPhoneInput } from './phone/format-phone-input.js';
export { regionOfLanguage } from './phone/language-region.js';
export {
  MAX_PHONE_INPUT_LENGTH,
  normalizePhoneText,
} from './phone/normalize-phone-text.js';
export { parsePhone } from './phone/parse-phone.js';
export { createRateLimitBudget, withRateLimit } from './rate-limit-budget.js';
export {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  parseRetryAfter,
  rateLimitWaitMs,
} from './rate-limit-wait.js';

export type { HttpAnswer } from './classify-response.js';
export type { OtpErrorKind, OtpRequestErrorDetails } from './errors.js';
export type { LeadSquaredTransportOptions } from './leadsquared-transport.js';
export type {
  MockScenario,
  MockTransport,
  MockTransportOptions,
} from './mock-transport.js';
export type { OtpRejectionKind } from './otp-rejection.js';
export type { CooldownStorage } from './otp/resend-cooldown-storage.js';
export type { ResendCooldownOptions } from './otp/with-resend-cooldown.js';
export type { CountryCode } from './phone/metadata.js';
export type { CountryOption } from './phone/countries.js';
export type { FieldContentFormat } from './phone/field-content.js';
export type {
  PhoneInputEdit,
  PhoneInputState,
} from './phone/format-phone-input.js';
export type { NormalizePhoneTextOptions } from './phone/normalize-phone-text.js';
export type {
  ParsedPhone,
  ParsePhoneOptions,
  PhoneParseResult,
  PhoneRejectionReason,
  PhoneValidationPolicy,
} from './phone/parse-phone.js';
export type {
  RateLimitBudget,
  RateLimitBudgetOptions,
} from './rate-limit-budget.js';
export type { OtpTransport, TransportCallOptions } from './transport.js';
export type {
  LeadSquaredErrorBody,
  OtpSigninData,
  SigninOtpRequest,
  SigninOtpResponse,
  SigninWithOtpRequest,
  SigninWithOtpResponse,
} from './wire.js';
