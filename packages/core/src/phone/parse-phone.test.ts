import { describe, expect, it } from 'vitest';
import { formatFieldContent } from './field-content.js';
import { formatInternational } from './format-international.js';
import { parsePhone } from './parse-phone.js';
import type { CountryCode } from './metadata.js';

function fieldContentOf(text: string, defaultCountry?: CountryCode) {
  const result = parsePhone(text, { defaultCountry });
  return result.ok ? formatFieldContent(result.phone) : result.reason;
}

describe('parsePhone', () => {
  it.each([
    ['(415) 555-2671', 'US', '+1-4155552671'],
    ['+1 (415) 555-2671', 'GB', '+1-4155552671'],
    ['020 7946 0958', 'GB', '+44-2079460958'],
    ['+44 (0) 20 7946 0958', 'GB', '+44-2079460958'],
    ['07400 123456', 'GB', '+44-7400123456'],
    ['02 1234 5678', 'IT', '+39-0212345678'],
    ['+39 02 1234 5678', 'US', '+39-0212345678'],
    ['+52 222 123 4567', 'MX', '+52-2221234567'],
    ['tel:+1-201-555-0123', 'US', '+1-2015550123'],
    ['＋４４７４００１２３４５６', 'US', '+44-7400123456'],
    ['+٤٤٧٤٠٠١٢٣٤٥٦', 'US', '+44-7400123456'],
    ['۰۹۱۲۳۴۵۶۷۸۹', 'IR', '+98-9123456789'],
    ['\u202A+44 7400 123456\u202C', 'US', '+44-7400123456'],
    ['+44\u202F20\u20097946\t0958\n', 'US', '+44-2079460958'],
  ] as const)('reads %j in %s as %s', (text, country, expected) => {
    expect(fieldContentOf(text, country)).toBe(expected);
  });

  it.each([
    ['', 'US', 'empty'],
    ['   ', 'US', 'empty'],
    ['12', 'US', 'tooShort'],
    ['0232032323323223222', 'GB', 'tooLong'],
    ['+39 2 1234 5678', 'US', 'invalid'],
    ['+52 1 222 123 4567', 'US', 'tooLong'],
    ['+9112345678', 'US', 'invalid'],
    ['+34566566566', 'US', 'invalid'],
    ['+1 201 555 0123 x123', 'US', 'hasExtension'],
    ['+1 201-555-0123 ext. 123', 'US', 'hasExtension'],
    ['+44 20 7946 0958 #123', 'US', 'hasExtension'],
    ['📞 +44 7400 123456', 'GB', 'hasSymbols'],
    ['++44 7400 123456', 'GB', 'hasSymbols'],
    ['+1-201-555-0123; DROP TABLE', 'US', 'hasLetters'],
    ['070 123 45 67 (Axel)', 'SE', 'hasLetters'],
    ['1-800-FLOWERS', 'US', 'hasLetters'],
    ['00 44 20 7946 0958', 'US', 'tooLong'],
    ['4155552671', undefined, 'invalidCountry'],
  ] as const)('rejects %j in %s as %s', (text, country, reason) => {
    expect(fieldContentOf(text, country)).toBe(reason);
  });

  it('rejects text over the cap without parsing', () => {
    expect(fieldContentOf('1'.repeat(100_000), 'US')).toBe('tooLong');
  });

  it('reads an exit code of the default country', () => {
    expect(fieldContentOf('00 44 20 7946 0958', 'GB')).toBe('+44-2079460958');
    expect(fieldContentOf('011 44 20 7946 0958', 'US')).toBe('+44-2079460958');
  });

  it('rejects a country libphonenumber-js does not know', () => {
    expect(fieldContentOf('4155552671', 'ZZ' as CountryCode)).toBe(
      'invalidCountry',
    );
  });

  it('accepts a fixed-line number only outside the mobile policy', () => {
    const text = '+44 20 7946 0958';
    expect(parsePhone(text, { policy: 'valid' }).ok).toBe(true);
    expect(parsePhone(text, { policy: 'mobile' })).toEqual({
      ok: false,
      reason: 'notMobile',
    });
  });

  it('accepts fixed-line-or-mobile under the mobile policy', () => {
    const result = parsePhone('+1 201 555 0123', { policy: 'mobile' });
    expect(result.ok).toBe(true);
  });

  it('accepts a mobile number under the mobile policy', () => {
    const result = parsePhone('+44 7400 123456', { policy: 'mobile' });
    expect(result.ok).toBe(true);
  });

  it('accepts possible numbers under the possible policy', () => {
    expect(parsePhone('+9112345678', { policy: 'possible' }).ok).toBe(true);
  });
});

describe('formatFieldContent', () => {
  const parsed = parsePhone('+44 20 7946 0958');
  if (!parsed.ok) throw new Error('fixture number must parse');

  it.each([
    ['+CC-NATIONAL', '+44-2079460958'],
    ['E.164', '+442079460958'],
    ['NATIONAL', '2079460958'],
  ] as const)('writes %s', (format, expected) => {
    expect(formatFieldContent(parsed.phone, format)).toBe(expected);
  });

  it('writes +CC-NATIONAL by default', () => {
    expect(formatFieldContent(parsed.phone)).toBe('+44-2079460958');
  });

  it.each([
    ['02 1234 5678', 'IT', '+39-0212345678', '+390212345678', '0212345678'],
    ['(415) 555-2671', 'US', '+1-4155552671', '+14155552671', '4155552671'],
    ['098765 43210', 'IN', '+91-9876543210', '+919876543210', '9876543210'],
  ] as const)(
    'writes %j from %s in every format',
    (text, country, ccNational, e164, national) => {
      const result = parsePhone(text, { defaultCountry: country });
      if (!result.ok) throw new Error(`fixture ${text} must parse`);
      expect(formatFieldContent(result.phone, '+CC-NATIONAL')).toBe(ccNational);
      expect(formatFieldContent(result.phone, 'E.164')).toBe(e164);
      expect(formatFieldContent(result.phone, 'NATIONAL')).toBe(national);
    },
  );

  it('calls a custom format', () => {
    const format = (phone: { nationalNumber: string }) =>
      `0${phone.nationalNumber}`;
    expect(formatFieldContent(parsed.phone, format)).toBe('02079460958');
  });
});

describe('formatInternational', () => {
  it('formats an echoed FieldContent', () => {
    expect(formatInternational('+1-4155552671')).toBe('+1 415 555 2671');
  });

  it('returns national digits unchanged', () => {
    expect(formatInternational('4155552671')).toBe('4155552671');
  });
});
