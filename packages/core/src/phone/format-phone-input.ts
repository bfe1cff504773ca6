import { countDigits, eraseDigitBesideSeparator, mapCaret } from './caret.js';
import { AsYouType, type CountryCode, isSupportedCountry } from './metadata.js';
import {
  MAX_PHONE_INPUT_LENGTH,
  normalizePhoneText,
} from './normalize-phone-text.js';
import { isPlainPhoneText } from './phone-characters.js';

/** The phone input right after the browser applied an edit. */
export interface PhoneInputEdit {
  /** The input's value after the edit. */
  value: string;
  /** The caret (`selectionStart`) after the edit. */
  caret: number;
  /** The value before the edit, as last formatted. */
  previousValue?: string;
  /** The edit's `InputEvent.inputType`, e.g. `deleteContentBackward`. */
  inputType?: string;
}

/** The phone input's value and caret after formatting. */
export interface PhoneInputState {
  value: string;
  caret: number;
}

/**
 * Formats a phone input as the user types, pastes or autofills it, with
 * libphonenumber-js's `AsYouType` on the normalized text, and keeps the
 * caret beside the same digits. National text is formatted for `country`.
 * Text that is not a plain number (letters, symbols, an extension) or is
 * over `MAX_PHONE_INPUT_LENGTH` stays exactly as typed, so validation can
 * reject what the user sees.
 */
export function formatPhoneInput(
  edit: PhoneInputEdit,
  country: CountryCode | undefined,
): PhoneInputState {
  const { text: value, caret } = eraseDigitBesideSeparator(
    edit.value,
    edit.caret,
    edit.previousValue ?? edit.value,
    edit.inputType,
  );
  if (value.length > MAX_PHONE_INPUT_LENGTH) return { value, caret };
  // A separator just typed at the end stays until the next character shows
  // what it was for: formatting would drop it, and a typed "(Axel)" or
  // " x123" would reach the field glued to the digits.
  if (endsWithTypedSeparator(edit, value, caret)) return { value, caret };

  const knownCountry =
    country && isSupportedCountry(country) ? country : undefined;
  const normalized = normalizePhoneText(value, {
    defaultCountry: knownCountry,
  });
  if (!isPlainPhoneText(normalized)) return { value, caret };

  const formatted = formatAsYouType(normalized, knownCountry);
  return { value: formatted, caret: mapCaret(value, caret, formatted) };
}

const TRAILING_SEPARATOR = /[\s(.-]$/u;

function endsWithTypedSeparator(
  edit: PhoneInputEdit,
  value: string,
  caret: number,
): boolean {
  return (
    edit.inputType === 'insertText' &&
    caret === value.length &&
    TRAILING_SEPARATOR.test(value)
  );
}

// Formatting must never drop a digit, and must not produce text that
// normalizes differently, such as `00011` from `00(011`, where `00` followed
// by a digit is an exit code. Either way the normalized text stays as it is.
function formatAsYouType(
  normalized: string,
  country: CountryCode | undefined,
): string {
  const formatted = new AsYouType(country).input(normalized);
  const keepsDigits = countDigits(formatted) === countDigits(normalized);
  const isStable =
    normalizePhoneText(formatted, { defaultCountry: country }) === formatted;
  return keepsDigits && isStable ? formatted : normalized;
}
