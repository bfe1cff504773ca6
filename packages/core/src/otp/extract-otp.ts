import { toAsciiDigits } from '../ascii-digits.js';

/** Digits in an OTP when no length is given. */
export const DEFAULT_OTP_LENGTH = 6;

// The origin-bound last line of an SMS written for the Web OTP API,
// e.g. "@portal.example.com #430897".
const WEB_OTP_LINE = /@[^\s#@]+ #(\d+)/;
// Digits split by single spaces or hyphens, as in "430 897" or "430-897".
const DIGIT_GROUP = /\d+(?:[ -]\d+)*/g;

/**
 * Finds the OTP of `length` digits in text such as a pasted SMS. A Web OTP
 * line ("@host #430897") with `length` digits comes first. Next comes the
 * first run of exactly `length` digits, so "Your code is 430897." gives
 * "430897". Last comes the first group of `length` digits split by spaces or
 * hyphens ("430 897"). Unicode digits count as ASCII ones. Returns
 * `undefined` when there is none, e.g. when the only number is a phone number.
 */
export function extractOtp(
  text: string,
  length: number = DEFAULT_OTP_LENGTH,
): string | undefined {
  assertOtpLength(length);
  const ascii = toAsciiDigits(text.normalize('NFKC'));

  const webOtp = ascii.match(WEB_OTP_LINE)?.[1];
  if (webOtp?.length === length) return webOtp;

  const run = ascii.match(new RegExp(`(?<!\\d)\\d{${length}}(?!\\d)`));
  if (run) return run[0];

  for (const group of ascii.match(DIGIT_GROUP) ?? []) {
    const digits = group.replace(/\D/g, '');
    if (digits.length === length) return digits;
  }
  return undefined;
}

/** Throws a `RangeError` unless `length` is a whole number from 1 to 12. */
export function assertOtpLength(length: number): void {
  if (!Number.isInteger(length) || length < 1 || length > 12) {
    throw new RangeError(
      `OTP length must be a whole number from 1 to 12; received ${length}.`,
    );
  }
}
