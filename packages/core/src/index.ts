export { classifyResponse } from './classify-response.js';
export { cooldownSecondsLeft, msUntilNextSecond } from './cooldown.js';
export { isOtpRequestError, OtpRequestError, redactSecrets } from './errors.js';
export {
  createLeadSquaredTransport,
  DEFAULT_TIMEOUT_MS,
} from './leadsquared-transport.js';
export { createMockTransport } from './mock-transport.js';
export { isCountryCode, listCountries } from './phone/countries.js';
export { formatFieldContent } from './phone/field-content.js';
export { formatInternational } from './phone/format-international.js';
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
export type { CountryCode } from './phone/metadata.js';
export type { CountryOption } from './phone/countries.js';
export type { FieldContentFormat } from './phone/field-content.js';
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
  SigninOtpRequest,
  SigninOtpResponse,
} from './wire.js';
