import {
  type CountryCode,
  metadataJson,
  parsePhoneNumberWithError,
} from './metadata.js';

/**
 * Tells whether `code` (digits, no `+`) is the calling code of a country.
 * Non-geographic codes such as 800 are not: libphonenumber-js keeps them apart.
 */
export function isCountryCallingCode(code: string): boolean {
  return Object.hasOwn(metadataJson.country_calling_codes, code);
}

/**
 * Returns the main country of a calling code: the one libphonenumber-js lists
 * first, e.g. US for `1` and GB for `44`.
 */
export function mainCountryOfCallingCode(
  code: string,
): CountryCode | undefined {
  if (!isCountryCallingCode(code)) return undefined;
  return metadataJson.country_calling_codes[code]?.[0];
}

/** Tells whether international text such as `+44 20 7946 0958` is valid. */
export function isValidInternationalText(text: string): boolean {
  try {
    return parsePhoneNumberWithError(text, { extract: false }).isValid();
  } catch {
    return false;
  }
}
