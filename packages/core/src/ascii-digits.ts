/**
 * Rewrites every Unicode decimal digit (Arabic-Indic, Devanagari, full-width
 * and the rest of category Nd) as its ASCII digit.
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, toAsciiDigit);
}

function toAsciiDigit(digit: string): string {
  // Compatibility digits (full-width, mathematical) fold to ASCII this way,
  // and the mathematical ones sit in adjacent runs the count below would mix.
  const folded = digit.normalize('NFKC');
  if (/^[0-9]$/.test(folded)) return folded;

  // Other decimal digits come in contiguous runs of ten starting at zero,
  // so the value is the distance from the run's start.
  const codePoint = digit.codePointAt(0) ?? 0;
  let zero = codePoint;
  while (
    zero > codePoint - 9 &&
    /\p{Nd}/u.test(String.fromCodePoint(zero - 1))
  ) {
    zero -= 1;
  }
  return String(codePoint - zero);
}
