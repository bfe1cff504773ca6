import fc from 'fast-check';
import { getExampleNumber, isValidPhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { phoneLikeText } from '../../test/phone-arbitraries.js';
import { formatFieldContent } from './field-content.js';
import { type CountryCode, getCountries } from './metadata.js';
import { MAX_PHONE_INPUT_LENGTH } from './normalize-phone-text.js';
import { parsePhone, type PhoneValidationPolicy } from './parse-phone.js';

const country = fc.constantFrom<CountryCode | undefined>(
  undefined,
  ...getCountries(),
);
const policy = fc.constantFrom<PhoneValidationPolicy>(
  'possible',
  'valid',
  'mobile',
);
const anyText = fc.oneof(
  phoneLikeText,
  fc.string({ unit: 'binary', maxLength: 80 }),
);

// Invisible or odd characters that real input carries between digit groups.
const noise = fc.constantFrom(' ', '\u00A0', '\u202F', '\t', '\u200E', '-');

// Every country's example mobile number, written as people write it:
// international or national, with the groups split by any kind of noise.
const exampleNumber = fc
  .record({
    country: fc.constantFrom(...getCountries()),
    international: fc.boolean(),
    separator: noise,
  })
  .filter(({ country: code }) => getExampleNumber(code, examples) !== undefined)
  .map(({ country: code, international, separator }) => {
    const phone = getExampleNumber(code, examples);
    if (!phone) throw new Error(`no example number for ${code}`);
    const formatted = international
      ? phone.formatInternational()
      : phone.formatNational();
    return {
      country: code,
      text: formatted.replaceAll(' ', separator),
      expected: `+${phone.countryCallingCode}-${phone.nationalNumber}`,
    };
  });

describe('parsePhone properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, country, policy, (text, defaultCountry, p) => {
        parsePhone(text, { defaultCountry, policy: p });
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects anything over the cap as too long', () => {
    const overCap = fc.oneof(
      fc.string({ minLength: MAX_PHONE_INPUT_LENGTH + 1, maxLength: 400 }),
      fc
        .integer({ min: 1, max: 300 })
        .map((spaces) => `+44 7400 123456${' '.repeat(50 + spaces)}`),
    );
    fc.assert(
      fc.property(overCap, country, policy, (text, defaultCountry, p) => {
        expect(parsePhone(text, { defaultCountry, policy: p })).toEqual({
          ok: false,
          reason: 'tooLong',
        });
      }),
    );
  });

  it('gives a FieldContent that is itself valid whenever it accepts', () => {
    fc.assert(
      fc.property(anyText, country, (text, defaultCountry) => {
        const result = parsePhone(text, { defaultCountry });
        if (!result.ok) return;

        const fieldContent = formatFieldContent(result.phone);
        expect(fieldContent).toMatch(/^\+\d{1,3}-\d+$/);
        expect(isValidPhoneNumber(result.phone.e164)).toBe(true);
        const again = parsePhone(fieldContent);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.phone.e164).toBe(result.phone.e164);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every valid number and gives its FieldContent', () => {
    fc.assert(
      fc.property(exampleNumber, ({ country: code, text, expected }) => {
        const result = parsePhone(text, { defaultCountry: code });
        expect(result.ok).toBe(true);
        if (result.ok) expect(formatFieldContent(result.phone)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
