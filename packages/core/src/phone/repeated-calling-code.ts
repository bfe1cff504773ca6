import {
  isCountryCallingCode,
  isValidInternationalText,
} from './calling-codes.js';

// The calling code written twice as separate groups: `+44 44 20…`,
// `+44-44-20…` or `+44 (44) 20…`. Digits run together (`+4444…`) are
// never split, because they may belong to the number.
const REPEATED = /^\+(\d{1,3})[ .-]\(?(\d{1,3})\)?[ .-]/;

/**
 * Removes a calling code written twice, as in `+44 44 20 7946 0958`, but only
 * when the text as written is not a valid number and the text with one
 * calling code is. Anything else is left for validation to reject.
 */
export function removeRepeatedCallingCode(text: string): string {
  const match = REPEATED.exec(text);
  const callingCode = match?.[1];
  if (!match || !callingCode || callingCode !== match[2]) return text;
  if (!isCountryCallingCode(callingCode)) return text;

  const single = `+${callingCode} ${text.slice(match[0].length)}`;
  if (isValidInternationalText(text) || !isValidInternationalText(single)) {
    return text;
  }
  return single;
}
