/** Inputs longer than this are rejected as too long before any parsing. */
export const MAX_PHONE_INPUT_LENGTH = 64;

// Format characters (bidi marks, zero-width joiners, variation selectors)
// arrive invisibly from contacts, PDFs and chat apps.
const FORMAT_CHARACTERS = /[\p{Cf}\uFE00-\uFE0F]/gu;
const SPACES = /[\s\p{Zs}]+/gu;
const TEL_PREFIX = /^tel:/i;

/**
 * Rewrites typed, pasted or autofilled text into the plain form that
 * libphonenumber-js parses: NFKC folds full-width and compatibility forms,
 * Unicode digits become ASCII, invisible marks go, and every run of spaces
 * becomes one ASCII space.
 */
export function normalizePhoneText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(/\p{Nd}/gu, toAsciiDigit)
    .replace(SPACES, ' ')
    .trim();

  return folded.replace(TEL_PREFIX, '').trim();
}

function toAsciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0) ?? 0;
  // Unicode decimal digits come in contiguous runs of ten starting at zero.
  for (let zero = codePoint; zero > codePoint - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) {
      return String(codePoint - zero);
    }
  }
  return digit;
}
