import { describe, expect, it } from 'vitest';
import { countDigits, eraseDigitBesideSeparator, mapCaret } from './caret.js';

// Writes a caret position as `|` inside the text, for readable tables.
function withCaret(text: string, caret: number) {
  return `${text.slice(0, caret)}|${text.slice(caret)}`;
}

function split(marked: string) {
  const caret = marked.indexOf('|');
  return { text: marked.replace('|', ''), caret };
}

describe('countDigits', () => {
  it('counts digits of every script', () => {
    expect(countDigits('+44 (0) 20')).toBe(5);
    expect(countDigits('٤٤ ４４')).toBe(4);
    expect(countDigits('no digits')).toBe(0);
  });
});

describe('mapCaret', () => {
  it.each([
    ['+44 75|001 23456', '+44 7500 123456', '+44 75|00 123456'],
    ['+44 7|00 123456', '+44 70 0123 456', '+44 7|0 0123 456'],
    ['4155|', '(415) 5', '(415) 5|'],
    ['(415|', '(415)', '(415|)'],
    ['(415) 555-2671|', '(415) 555-2671', '(415) 555-2671|'],
    ['|4155552671', '(415) 555-2671', '|(415) 555-2671'],
    ['+|447400123456', '+44 7400 123456', '+|44 7400 123456'],
    ['41555|52671', '(415) 555-2671', '(415) 55|5-2671'],
    ['004|', '+4', '+4|'],
    ['00 44 20|', '+44 20', '+44 20|'],
    ['+٤٤٧|', '+44 7', '+44 7|'],
    ['+1 (415) 555-2671|', '+1 415 555 2671', '+1 415 555 2671|'],
  ])('moves %j to %j as %j', (marked, formatted, expected) => {
    const { text, caret } = split(marked);
    expect(withCaret(formatted, mapCaret(text, caret, formatted))).toBe(
      expected,
    );
  });
});

describe('eraseDigitBesideSeparator', () => {
  it('erases the digit before a separator removed by Backspace', () => {
    const { text, caret } = split('(415) 555|2671');
    const result = eraseDigitBesideSeparator(
      text,
      caret,
      '(415) 555-2671',
      'deleteContentBackward',
    );
    expect(withCaret(result.text, result.caret)).toBe('(415) 55|2671');
  });

  it('erases the digit after a separator removed by Delete', () => {
    const { text, caret } = split('(415) 555|2671');
    const result = eraseDigitBesideSeparator(
      text,
      caret,
      '(415) 555-2671',
      'deleteContentForward',
    );
    expect(withCaret(result.text, result.caret)).toBe('(415) 555|671');
  });

  it('leaves a removed digit alone', () => {
    const { text, caret } = split('+44 7|00 123456');
    const result = eraseDigitBesideSeparator(
      text,
      caret,
      '+44 7400 123456',
      'deleteContentBackward',
    );
    expect(withCaret(result.text, result.caret)).toBe('+44 7|00 123456');
  });

  it('leaves typing alone', () => {
    const result = eraseDigitBesideSeparator('+44 ', 4, '+44', 'insertText');
    expect(result).toEqual({ text: '+44 ', caret: 4 });
  });

  it('leaves a removed selection of several separators alone', () => {
    const result = eraseDigitBesideSeparator(
      '(415555-2671',
      4,
      '(415) 555-2671',
      'deleteContentBackward',
    );
    expect(result).toEqual({ text: '(415555-2671', caret: 4 });
  });

  it('erases nothing when no digit is before the caret', () => {
    const result = eraseDigitBesideSeparator(
      '44 7400',
      0,
      '+44 7400',
      'deleteContentBackward',
    );
    expect(result).toEqual({ text: '44 7400', caret: 0 });
  });
});
