import {
  isCountryCallingCode,
  isValidInternationalText,
} from './calling-codes.js';

const BRACKETED_ZERO = /^\+(\d{1,3}) ?\(0\) ?/;

/**
 * Removes a `(0)` trunk prefix written after the country calling code, so
 * `+44 (0) 20 7946 0958` becomes `+44 20 7946 0958`. Italy keeps its leading
 * 0 in international numbers, so for `+39 (0)2 1234 5678` the 0 stays when
 * only the number with it is valid.
 */
export function removeBracketedTrunkPrefix(text: string): string {
  const match = BRACKETED_ZERO.exec(text);
  const callingCode = match?.[1];
  if (!match || !callingCode || !isCountryCallingCode(callingCode)) {
    return text;
  }

  const rest = text.slice(match[0].length);
  const withoutZero = `+${callingCode} ${rest}`;
  const withZero = `+${callingCode} 0${rest}`;
  const keepZero =
    !isValidInternationalText(withoutZero) &&
    isValidInternationalText(withZero);
  return keepZero ? withZero : withoutZero;
}
