/** A problem, found before parsing, that rules text out as an SMS number. */
export type PhoneCharacterProblem =
  'hasExtension' | 'hasLetters' | 'hasSymbols';

// Digits, one leading `+`, and the separators people write between groups.
const PLAIN_PHONE_TEXT = /^\+?[\d ()./-]*$/;

// An extension at the end: `x123`, `ext. 123`, `extension 123`, `#123`,
// `;ext=123` (RFC 3966) or `,123` (a dialler's pause before tones).
const EXTENSION = /(?:;ext=|,+|#|(?<!\p{L})(?:ext(?:ension)?\.?|x))\s*\d+#?$/iu;

const LETTER = /\p{L}/u;

/**
 * Tells whether normalized text contains nothing but digits, one leading `+`
 * and the separators space, `(`, `)`, `-`, `.` and `/`.
 */
export function isPlainPhoneText(text: string): boolean {
  return PLAIN_PHONE_TEXT.test(text);
}

/**
 * Finds what keeps normalized text from being a plain phone number: an
 * extension (an SMS cannot reach one), letters (`070 123 45 67 (Axel)`), or
 * any other character such as an emoji, `;` or a second `+`.
 */
export function findPhoneCharacterProblem(
  text: string,
): PhoneCharacterProblem | undefined {
  const extension = EXTENSION.exec(text);
  const number = extension ? text.slice(0, extension.index) : text;

  if (LETTER.test(number)) return 'hasLetters';
  if (!isPlainPhoneText(number)) return 'hasSymbols';
  if (extension) return 'hasExtension';
  return undefined;
}
