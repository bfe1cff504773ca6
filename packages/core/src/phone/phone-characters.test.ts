import { describe, expect, it } from 'vitest';
import {
  findPhoneCharacterProblem,
  isPlainPhoneText,
} from './phone-characters.js';

describe('findPhoneCharacterProblem', () => {
  it.each([
    '+44 20 7946 0958',
    '(415) 555-2671',
    '020.7946.0958',
    '030/123456',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findPhoneCharacterProblem(text)).toBeUndefined();
  });

  it.each([
    '+1 201 555 0123 x123',
    '+1 201 555 0123x123',
    '+1 201-555-0123 ext. 123',
    '+1 201-555-0123 ext 123',
    '+1 201-555-0123 extension 123',
    '+1 201-555-0123 EXT. 123',
    '+44 20 7946 0958 #123',
    '+1-201-555-0123;ext=123',
    '+1 201 555 0123,,123',
  ])('finds an extension in %j', (text) => {
    expect(findPhoneCharacterProblem(text)).toBe('hasExtension');
  });

  it.each([
    '+1-201-555-0123; DROP TABLE',
    '070 123 45 67 (Axel)',
    '1-800-FLOWERS',
    'call +44 7400 123456',
    '+44 7400 123456 x',
    '+44 7400 123456 mobile x123',
  ])('finds letters in %j', (text) => {
    expect(findPhoneCharacterProblem(text)).toBe('hasLetters');
  });

  it.each([
    '📞 +44 7400 123456',
    '+44 74😀00 123456',
    '++44 7400 123456',
    '+44 7400 +123456',
    '+1-201-555-0123;',
    '+44 20 7946 0958 #',
    '*123#',
    '+44 7400_123456',
    '[+44] 7400 123456',
    '\u0301+44 7400 123456',
  ])('finds symbols in %j', (text) => {
    expect(findPhoneCharacterProblem(text)).toBe('hasSymbols');
  });
});

describe('isPlainPhoneText', () => {
  it('accepts digits, one leading + and separators', () => {
    expect(isPlainPhoneText('+1 (415) 555-2671')).toBe(true);
    expect(isPlainPhoneText('+')).toBe(true);
  });

  it('rejects a + after the start', () => {
    expect(isPlainPhoneText('1+415')).toBe(false);
  });
});
