import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneLikeText } from '../../test/phone-arbitraries.js';
import { formatPhoneInput, type PhoneInputEdit } from './format-phone-input.js';
import type { CountryCode } from './metadata.js';
import {
  MAX_PHONE_INPUT_LENGTH,
  normalizePhoneText,
} from './normalize-phone-text.js';

const digitsOf = (text: string) => text.replace(/\D/g, '');

// Writes a caret position as `|` inside the text, for readable tables.
function marked({ value, caret }: { value: string; caret: number }) {
  return `${value.slice(0, caret)}|${value.slice(caret)}`;
}

function edit(
  markedValue: string,
  previousValue: string,
  inputType: string,
): PhoneInputEdit {
  return {
    value: markedValue.replace('|', ''),
    caret: markedValue.indexOf('|'),
    previousValue,
    inputType,
  };
}

describe('formatPhoneInput', () => {
  it.each([
    ['4|', '', 'US', '4|'],
    ['4155|', '(415)', 'US', '(415) 5|'],
    ['(415) 555-2671|', '(415) 555-267', 'US', '(415) 555-2671|'],
    ['07400123456|', '0740012345', 'GB', '07400 123456|'],
    ['+447400123456|', '+44740012345', 'GB', '+44 7400 123456|'],
    ['02 1234 5678|', '02 1234 567', 'IT', '02 1234 5678|'],
  ] as const)('formats typed %j', (value, previous, country, expected) => {
    const result = formatPhoneInput(
      edit(value, previous, 'insertText'),
      country,
    );
    expect(marked(result)).toBe(expected);
  });

  it.each([
    ['070-123 45 67 (|', '070-123 45 67', 'SE'],
    ['+1 201 555 0123 |', '+1 201 555 0123', 'US'],
    ['(415) 555-|', '(415) 555', 'US'],
  ] as const)(
    'keeps a typed trailing separator in %j',
    (value, previous, country) => {
      const result = formatPhoneInput(
        edit(value, previous, 'insertText'),
        country,
      );
      expect(marked(result)).toBe(value);
    },
  );

  it('formats once a digit follows the separator', () => {
    const result = formatPhoneInput(
      edit('(415)  555 -2|', '(415)  555 -', 'insertText'),
      'US',
    );
    expect(marked(result)).toBe('(415) 555-2|');
  });

  it('keeps the caret in the middle while typing there', () => {
    const result = formatPhoneInput(
      edit('+44 75|00 123456', '+44 700 123456', 'insertText'),
      'GB',
    );
    expect(marked(result)).toBe('+44 75|00 123456');
  });

  it('keeps the caret where Backspace removed a digit', () => {
    const result = formatPhoneInput(
      edit('+44 7|00 123456', '+44 7400 123456', 'deleteContentBackward'),
      'GB',
    );
    expect(marked(result)).toBe('+44 7|0 0123 456');
  });

  it('removes the digit before a separator on Backspace', () => {
    const result = formatPhoneInput(
      edit('(415) 555|2671', '(415) 555-2671', 'deleteContentBackward'),
      'US',
    );
    expect(marked(result)).toBe('(415) 55|2-671');
  });

  it('removes the digit after a separator on Delete', () => {
    const result = formatPhoneInput(
      edit('(415| 555-2671', '(415) 555-2671', 'deleteContentForward'),
      'US',
    );
    expect(result.value).toBe('(415) 552-671');
  });

  it('formats pasted text and puts the caret after it', () => {
    const result = formatPhoneInput(
      edit('+1 (415) 555-2671|', '', 'insertFromPaste'),
      'GB',
    );
    expect(marked(result)).toBe('+1 415 555 2671|');
  });

  it('formats autofilled text', () => {
    const result = formatPhoneInput(
      edit('+14155552671|', '(415) 5', 'insertReplacementText'),
      'US',
    );
    expect(marked(result)).toBe('+1 415 555 2671|');
  });

  it('turns an exit code into + as soon as a digit follows', () => {
    expect(formatPhoneInput(edit('00|', '0', 'insertText'), 'GB').value).toBe(
      '00',
    );
    expect(
      marked(formatPhoneInput(edit('004|', '00', 'insertText'), 'GB')),
    ).toBe('+4|');
  });

  it('shows typed Arabic-Indic digits as ASCII', () => {
    const result = formatPhoneInput(edit('+٤٤٧|', '+44 ', 'insertText'), 'GB');
    expect(marked(result)).toBe('+44 7|');
  });

  it.each([
    '+44 74😀00 123456',
    '+1 201 555 0123 x123',
    '070 123 45 67 (Axel)',
    '++44 7400 123456',
  ])('leaves %j as typed', (value) => {
    const result = formatPhoneInput({ value, caret: 5 }, 'GB');
    expect(result).toEqual({ value, caret: 5 });
  });

  it('leaves text over the cap as typed', () => {
    const value = '1'.repeat(100_000);
    expect(formatPhoneInput({ value, caret: 3 }, 'US')).toEqual({
      value,
      caret: 3,
    });
  });

  it('leaves text that would normalize differently once formatted', () => {
    const result = formatPhoneInput({ value: '00(011', caret: 6 }, 'GB');
    expect(result.value).toBe('00(011');
  });

  it('formats national text in an unknown country without one', () => {
    const result = formatPhoneInput(
      { value: '4155552671', caret: 10 },
      'ZZ' as CountryCode,
    );
    expect(result.value).toBe('4155552671');
  });

  describe('properties', () => {
    const country = fc.constantFrom<CountryCode | undefined>(
      undefined,
      'GB',
      'US',
      'IT',
    );
    const anyText = fc.oneof(
      phoneLikeText,
      fc.string({ unit: 'binary', maxLength: 80 }),
    );

    it('keeps every digit of the normalized text', () => {
      fc.assert(
        fc.property(anyText, country, (value, defaultCountry) => {
          const result = formatPhoneInput(
            { value, caret: value.length },
            defaultCountry,
          );
          const normalized = normalizePhoneText(value, { defaultCountry });
          if (result.value !== value) {
            expect(digitsOf(result.value)).toBe(digitsOf(normalized));
          }
          expect(result.caret).toBeGreaterThanOrEqual(0);
          expect(result.caret).toBeLessThanOrEqual(result.value.length);
        }),
        { numRuns: 2000 },
      );
    });

    it('returns formatted text unchanged when formatted again', () => {
      fc.assert(
        fc.property(anyText, country, (value, defaultCountry) => {
          const once = formatPhoneInput(
            { value, caret: value.length },
            defaultCountry,
          );
          const twice = formatPhoneInput(
            { value: once.value, caret: once.caret },
            defaultCountry,
          );
          expect(twice).toEqual(once);
        }),
        { numRuns: 2000 },
      );
    });

    it('never changes text over the cap', () => {
      fc.assert(
        fc.property(
          fc.string({ minLength: MAX_PHONE_INPUT_LENGTH + 1, maxLength: 300 }),
          (value) => {
            expect(formatPhoneInput({ value, caret: 0 }, 'GB').value).toBe(
              value,
            );
          },
        ),
      );
    });
  });
});
