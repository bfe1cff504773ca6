import { toAsciiDigits } from '../ascii-digits.js';
import { DEFAULT_OTP_LENGTH, extractOtp } from './extract-otp.js';

// Format characters (bidi marks, zero-width spaces) that come along with
// copied text and are invisible in the input.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const TYPED = /^[\d\s.-]*$/;

/**
 * Turns the text of an OTP input after an edit into the digits to keep.
 * Digits with spaces, dots or hyphens lose those and are cut at `length`.
 * Other text, such as a whole SMS, gives the OTP found in it by
 * `extractOtp`, or `undefined` when it has none, so the caller keeps the
 * previous value.
 */
export function normalizeOtpInput(
  text: string,
  length: number = DEFAULT_OTP_LENGTH,
): string | undefined {
  const plain = toAsciiDigits(
    text.normalize('NFKC').replace(FORMAT_CHARACTERS, ''),
  );
  if (TYPED.test(plain)) return plain.replace(/\D/g, '').slice(0, length);
  return extractOtp(plain, length);
}
