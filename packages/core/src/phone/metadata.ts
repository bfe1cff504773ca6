// The single place that picks libphonenumber-js metadata. `max` is the only
// set that checks number patterns and types; `min` checks the length alone and
// accepts numbers that no carrier can reach.
export {
  AsYouType,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  Metadata,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
export type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
// The same module `libphonenumber-js/max` loads, so bundlers include it once.
export { default as metadataJson } from 'libphonenumber-js/max/metadata';
