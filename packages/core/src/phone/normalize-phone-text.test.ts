import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from './metadata.js';
import { normalizePhoneText } from './normalize-phone-text.js';
import { phoneLikeText } from '../../test/phone-arbitraries.js';

function normalize(text: string, defaultCountry?: CountryCode) {
  return normalizePhoneText(text, { defaultCountry });
}

describe('normalizePhoneText', () => {
  it.each([
    ['＋４４　７４００　１２３４５６', '+44 7400 123456'],
    ['+٤٤ ٧٤٠٠ ١٢٣٤٥٦', '+44 7400 123456'],
    ['۰۹۱۲ ۳۴۵ ۶۷۸۹', '0912 345 6789'],
    ['+४४ ७४०० १२३४५६', '+44 7400 123456'],
    ['\u{1D7D2}\u{1D7D2}', '44'],
    ['\u{116DA}\u{116DB}', '01'],
  ])('folds %j to ASCII', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  it.each([
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['left-to-right embedding', '\u202A'],
    ['pop directional formatting', '\u202C'],
    ['right-to-left override', '\u202E'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
    ['zero-width space', '\u200B'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['variation selector 15', '\uFE0E'],
    ['variation selector 17', '\u{E0100}'],
  ])('removes a %s', (_name, mark) => {
    expect(normalize(`${mark}+44 ${mark}7400 123456${mark}`)).toBe(
      '+44 7400 123456',
    );
  });

  it.each([
    ['no-break space', '\u00A0'],
    ['narrow no-break space', '\u202F'],
    ['thin space', '\u2009'],
    ['figure space', '\u2007'],
    ['ideographic space', '\u3000'],
    ['tab', '\t'],
    ['newline', '\n'],
    ['carriage return and newline', '\r\n'],
    ['run of spaces', '   '],
  ])('turns a %s into one space', (_name, space) => {
    expect(normalize(`${space}+44${space}20${space}7946 0958${space}`)).toBe(
      '+44 20 7946 0958',
    );
  });

  it.each([
    ['hyphen', '\u2010'],
    ['non-breaking hyphen', '\u2011'],
    ['en dash', '\u2013'],
    ['em dash', '\u2014'],
    ['minus sign', '\u2212'],
    ['full-width hyphen-minus', '\uFF0D'],
    ['katakana prolonged sound mark', '\u30FC'],
  ])('turns a %s into -', (_name, dash) => {
    expect(normalize(`+1${dash}201${dash}555${dash}0123`)).toBe(
      '+1-201-555-0123',
    );
  });

  it.each([
    ['tel:+1-201-555-0123', '+1-201-555-0123'],
    ['TEL:+1-201-555-0123', '+1-201-555-0123'],
    [' tel: +1 201 555 0123', '+1 201 555 0123'],
    ['tel:tel:+1-201-555-0123', '+1-201-555-0123'],
  ])('removes the tel: scheme of %j', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  describe('exit codes', () => {
    it.each([
      ['00 44 20 7946 0958', 'GB', '+44 20 7946 0958'],
      ['0044 20 7946 0958', 'GB', '+44 20 7946 0958'],
      ['00 44 20 7946 0958', 'DE', '+44 20 7946 0958'],
      ['00-44-20-7946-0958', 'IN', '+44-20-7946-0958'],
      ['011 44 20 7946 0958', 'US', '+44 20 7946 0958'],
      ['01144 20 7946 0958', 'CA', '+44 20 7946 0958'],
    ] as const)('reads %j dialled from %s as +', (text, country, expected) => {
      expect(normalize(text, country)).toBe(expected);
    });

    it.each([
      ['00 44 20 7946 0958', 'US'],
      ['011 44 20 7946 0958', 'GB'],
      ['010 44 20 7946 0958', 'JP'],
      ['0011 44 20 7946 0958', 'AU'],
      ['00 44 20 7946 0958', undefined],
      ['00', 'GB'],
      ['00 ', 'GB'],
    ] as const)('keeps %j dialled from %s', (text, country) => {
      expect(normalize(text, country)).toBe(text.trim());
    });

    it('ignores a country libphonenumber-js does not know', () => {
      expect(normalize('00 44', 'ZZ' as CountryCode)).toBe('00 44');
    });
  });

  describe('trunk prefix in brackets', () => {
    it.each([
      ['+44 (0) 20 7946 0958', '+44 20 7946 0958'],
      ['+44(0)20 7946 0958', '+44 20 7946 0958'],
      ['+49 (0)30 123456', '+49 30 123456'],
      ['+39 (0)2 1234 5678', '+39 02 1234 5678'],
      ['+44 (0)', '+44'],
    ])('reads %j as %j', (text, expected) => {
      expect(normalize(text)).toBe(expected);
    });

    it('keeps a (0) that is not right after the calling code', () => {
      expect(normalize('+44 20 (0) 7946 0958')).toBe('+44 20 (0) 7946 0958');
    });
  });

  describe('repeated calling code', () => {
    it.each([
      ['+44 44 20 7946 0958', '+44 20 7946 0958'],
      ['+44-44-20-7946-0958', '+44 20-7946-0958'],
      ['+44 (44) 20 7946 0958', '+44 20 7946 0958'],
      ['0044 44 20 7946 0958', '+44 20 7946 0958'],
      ['+44 (0) 44 20 7946 0958', '+44 20 7946 0958'],
    ])('reads %j as %j', (text, expected) => {
      expect(normalize(text, 'GB')).toBe(expected);
    });

    it.each([
      // Valid as written: Italian mobiles may start with 39.
      '+39 39 312 34567',
      // Invalid either way.
      '+44 44 20 7946',
      // Run together, so maybe part of the number.
      '+4444 20 7946 0958',
    ])('keeps %j', (text) => {
      expect(normalize(text)).toBe(text);
    });
  });

  it('keeps letters, symbols and extensions for validation to reject', () => {
    expect(normalize('📞 +44 7400 123456')).toBe('📞 +44 7400 123456');
    expect(normalize('+1 201 555 0123 x123')).toBe('+1 201 555 0123 x123');
    expect(normalize('++44 7400 123456')).toBe('++44 7400 123456');
  });

  describe('properties', () => {
    const country = fc.constantFrom<CountryCode | undefined>(
      undefined,
      'GB',
      'US',
      'DE',
      'IT',
      'JP',
      'MX',
    );
    const anyText = fc.oneof(
      phoneLikeText,
      fc.string({ unit: 'binary', maxLength: 80 }),
    );

    it('is idempotent', () => {
      fc.assert(
        fc.property(anyText, country, (text, defaultCountry) => {
          const once = normalize(text, defaultCountry);
          expect(normalize(once, defaultCountry)).toBe(once);
        }),
        { numRuns: 2000 },
      );
    });

    it('never throws', () => {
      fc.assert(
        fc.property(anyText, country, (text, defaultCountry) => {
          normalize(text, defaultCountry);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
