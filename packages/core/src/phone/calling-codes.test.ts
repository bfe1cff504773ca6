import { describe, expect, it } from 'vitest';
import {
  isCountryCallingCode,
  isValidInternationalText,
  mainCountryOfCallingCode,
} from './calling-codes.js';

describe('isCountryCallingCode', () => {
  it('accepts calling codes of countries only', () => {
    expect(isCountryCallingCode('44')).toBe(true);
    expect(isCountryCallingCode('1')).toBe(true);
    expect(isCountryCallingCode('800')).toBe(false);
    expect(isCountryCallingCode('99')).toBe(false);
    expect(isCountryCallingCode('constructor')).toBe(false);
  });
});

describe('mainCountryOfCallingCode', () => {
  it.each([
    ['1', 'US'],
    ['7', 'RU'],
    ['44', 'GB'],
    ['39', 'IT'],
  ])('gives %s to %s', (code, country) => {
    expect(mainCountryOfCallingCode(code)).toBe(country);
  });

  it('gives nothing to an unknown code', () => {
    expect(mainCountryOfCallingCode('99')).toBeUndefined();
  });
});

describe('isValidInternationalText', () => {
  it('checks the number against the max metadata', () => {
    expect(isValidInternationalText('+44 20 7946 0958')).toBe(true);
    expect(isValidInternationalText('+9112345678')).toBe(false);
    expect(isValidInternationalText('not a number')).toBe(false);
  });
});
