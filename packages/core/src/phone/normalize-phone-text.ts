import { replaceExitCode } from './international-prefix.js';
import type { CountryCode } from './metadata.js';
import { isPlainPhoneText } from './phone-characters.js';
import { removeRepeatedCallingCode } from './repeated-calling-code.js';
import { removeBracketedTrunkPrefix } from './trunk-prefix.js';

/** Inputs longer than this are rejected as too long before any parsing. */
export const MAX_PHONE_INPUT_LENGTH = 64;

export interface NormalizePhoneTextOptions {
  /** Country the text is dialled from, which decides the exit code. */
  defaultCountry?: CountryCode;
}

// Format characters (bidi marks and isolates, zero-width joiners, the byte
// order mark) and variation selectors arrive invisibly from contacts, PDFs
// and chat apps.
const FORMAT_CHARACTERS = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
// Dashes of every kind, the minus sign, and the katakana prolonged sound
// mark that Japanese input methods type between digit groups.
const DASHES = /[\p{Pd}\u2212\u30FC]/gu;
const SPACES = /[\s\p{Zs}]+/gu;
const TEL_SCHEME = /^(?:tel: ?)+/i;

/**
 * Rewrites typed, pasted or autofilled text into the plain form that
 * libphonenumber-js parses, in one pass:
 *
 * - NFKC folds full-width and compatibility forms (`＋４４` to `+44`).
 * - Unicode digits become ASCII, invisible format marks go, every dash
 *   becomes `-`, and every run of spaces, tabs or newlines becomes one space.
 * - A `tel:` scheme goes.
 * - An exit code of `defaultCountry` becomes `+` (`00` in GB, `011` in US).
 * - A `(0)` trunk prefix after the calling code goes.
 * - A calling code written twice goes once, when only that makes it valid.
 *
 * Letters, symbols and extensions stay, so validation can reject them.
 * Normalizing normalized text returns it unchanged.
 */
export function normalizePhoneText(
  text: string,
  options: NormalizePhoneTextOptions = {},
): string {
  const folded = foldCharacters(text);
  const international = replaceExitCode(folded, options.defaultCountry);
  if (!isPlainPhoneText(international)) return international;

  // The trunk prefix may sit after a repeated calling code, so it is
  // removed both before and after it.
  const withoutTrunkPrefix = removeBracketedTrunkPrefix(international);
  // Removing "(0)" at the end leaves the space before it behind.
  return removeBracketedTrunkPrefix(
    removeRepeatedCallingCode(withoutTrunkPrefix),
  ).trim();
}

function foldCharacters(text: string): string {
  // Marks are removed before NFKC so that a mark between a letter and a
  // combining accent cannot hide a composition from it.
  return text
    .replace(FORMAT_CHARACTERS, '')
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(/\p{Nd}/gu, toAsciiDigit)
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .replace(TEL_SCHEME, '')
    .trim();
}

function toAsciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0) ?? 0;
  // Unicode decimal digits come in runs of 0 to 9, some runs back to back
  // (U+116D0 has two), so the value is the distance from the run's start
  // modulo 10.
  let start = codePoint;
  while (isDecimalDigit(start - 1)) start--;
  return String((codePoint - start) % 10);
}

function isDecimalDigit(codePoint: number): boolean {
  return codePoint >= 0 && /\p{Nd}/u.test(String.fromCodePoint(codePoint));
}
