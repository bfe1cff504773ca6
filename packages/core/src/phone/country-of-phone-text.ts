import { mainCountryOfCallingCode } from './calling-codes.js';
import {
  AsYouType,
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
} from './metadata.js';
import {
  MAX_PHONE_INPUT_LENGTH,
  normalizePhoneText,
} from './normalize-phone-text.js';

const INTERNATIONAL_DIGITS = /^\+[\d ()./-]*/;

/**
 * Finds the country that international text such as `+1 415 555 2671`
 * belongs to, so the country select can follow a typed or pasted `+CC`.
 * Text without `+` is read in `selected`, so `selected` is returned: national
 * digits are never used to guess another country. While the digits cannot
 * yet tell countries of one calling code apart, `selected` is kept when it
 * has that code, else the code's main country is returned (US for `+1`).
 */
export function countryOfPhoneText(
  text: string,
  selected: CountryCode | undefined,
): CountryCode | undefined {
  if (text.length > MAX_PHONE_INPUT_LENGTH) return selected;

  const normalized = normalizePhoneText(text, { defaultCountry: selected });
  const international = INTERNATIONAL_DIGITS.exec(normalized)?.[0];
  if (!international) return selected;

  const typer = new AsYouType();
  typer.input(international);
  const country = typer.getCountry();
  if (country) return country;

  const callingCode = typer.getCallingCode();
  if (!callingCode) return selected;
  if (
    selected &&
    isSupportedCountry(selected) &&
    getCountryCallingCode(selected) === callingCode
  ) {
    return selected;
  }
  return mainCountryOfCallingCode(callingCode) ?? selected;
}
