const DIGIT = /\p{Nd}/u;

/** Counts the decimal digits in `text`, in any script. */
export function countDigits(text: string): number {
  let count = 0;
  for (const character of text.normalize('NFKC')) {
    if (DIGIT.test(character)) count++;
  }
  return count;
}

/**
 * Places the caret in `formatted` so that the user's digits keep their place:
 * after the same digits that came before it in `text`, and right after the
 * last of them, not after the separators that follow it. The digits before
 * the caret are counted back from the end, because normalizing rewrites only
 * the start of the text (`00` to `+`, a `(0)` or a repeated calling code)
 * and leaves the digits after the caret as they were.
 */
export function mapCaret(
  text: string,
  caret: number,
  formatted: string,
): number {
  const digitsBefore = countDigits(formatted) - countDigits(text.slice(caret));
  const start = formatted.startsWith('+') ? 1 : 0;
  if (digitsBefore <= 0) return start;

  let seen = 0;
  for (let index = start; index < formatted.length; index++) {
    if (DIGIT.test(formatted[index] ?? '')) seen++;
    if (seen === digitsBefore) return index + 1;
  }
  return formatted.length;
}

/**
 * Undoes a Backspace or Delete that removed only a separator, by removing the
 * digit beside it instead. Without this, formatting would put the separator
 * back and the key would seem to do nothing.
 */
export function eraseDigitBesideSeparator(
  text: string,
  caret: number,
  previousText: string,
  inputType: string | undefined,
): { text: string; caret: number } {
  const removedOne = previousText.length - text.length === 1;
  if (!removedOne || countDigits(text) !== countDigits(previousText)) {
    return { text, caret };
  }

  if (inputType === 'deleteContentBackward') {
    const index = lastDigitIndexBefore(text, caret);
    if (index < 0) return { text, caret };
    return { text: text.slice(0, index) + text.slice(index + 1), caret: index };
  }
  if (inputType === 'deleteContentForward') {
    const index = firstDigitIndexFrom(text, caret);
    if (index < 0) return { text, caret };
    return { text: text.slice(0, index) + text.slice(index + 1), caret };
  }
  return { text, caret };
}

function lastDigitIndexBefore(text: string, caret: number): number {
  for (let index = caret - 1; index >= 0; index--) {
    if (DIGIT.test(text[index] ?? '')) return index;
  }
  return -1;
}

function firstDigitIndexFrom(text: string, caret: number): number {
  for (let index = caret; index < text.length; index++) {
    if (DIGIT.test(text[index] ?? '')) return index;
  }
  return -1;
}
