import { describe, expect, it } from 'vitest';
import { normalizeOtpInput } from './normalize-otp-input.js';

describe('normalizeOtpInput', () => {
  it.each([
    ['', ''],
    ['4', '4'],
    ['430897', '430897'],
    ['430 897', '430897'],
    ['430-897', '430897'],
    ['43.08.97', '430897'],
    ['4308971', '430897'],
    ['٤٣٠٨٩٧', '430897'],
    ['\u200e430897\u200f', '430897'],
    [' 430897 ', '430897'],
  ])('keeps digits of typed %j', (text, expected) => {
    expect(normalizeOtpInput(text)).toBe(expected);
  });

  it('takes the code out of a pasted SMS', () => {
    expect(normalizeOtpInput("Your code is 430897. Don't share it.")).toBe(
      '430897',
    );
  });

  it('returns undefined for text without a code', () => {
    expect(normalizeOtpInput('43089a')).toBeUndefined();
    expect(normalizeOtpInput('Your code is 4308')).toBeUndefined();
  });

  it('cuts typed digits at another length', () => {
    expect(normalizeOtpInput('123456', 4)).toBe('1234');
  });
});
