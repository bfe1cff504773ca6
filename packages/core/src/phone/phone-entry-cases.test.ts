// Faults that public bug reports against phone inputs describe, one table
// per kind. Every number is a documented example or fictional number.
import { describe, expect, it } from 'vitest';
import { countryOfPhoneText } from './country-of-phone-text.js';
import { formatFieldContent } from './field-content.js';
import { formatPhoneInput } from './format-phone-input.js';
import type { CountryCode } from './metadata.js';
import { parsePhone } from './parse-phone.js';

type Case = readonly [text: string, country: CountryCode | undefined];

function fieldContentOf(text: string, defaultCountry?: CountryCode) {
  const result = parsePhone(text, { defaultCountry });
  return result.ok ? formatFieldContent(result.phone) : undefined;
}

function reasonOf(text: string, defaultCountry?: CountryCode) {
  const result = parsePhone(text, { defaultCountry });
  return result.ok ? undefined : result.reason;
}

describe('international number pasted with another country selected', () => {
  const pasted = '+1 (415) 555-2671';

  it('switches the country to the pasted one', () => {
    expect(countryOfPhoneText(pasted, 'GB')).toBe('US');
  });

  it('sends the pasted number, not the selected country', () => {
    expect(fieldContentOf(pasted, 'GB')).toBe('+1-4155552671');
  });

  it('keeps every pasted digit and adds no prefix', () => {
    const shown = formatPhoneInput(
      { value: pasted, caret: pasted.length, previousValue: '' },
      'GB',
    );
    expect(shown.value).toBe('+1 415 555 2671');
  });
});

describe('exit code written instead of +', () => {
  it.each([
    ['00 44 20 7946 0958', 'GB'],
    ['00 44 20 7946 0958', 'DE'],
    ['011 44 20 7946 0958', 'US'],
  ] as const)('reads %j from %s', (text, country) => {
    expect(fieldContentOf(text, country)).toBe('+44-2079460958');
  });

  it('rejects 00 from the US, where the exit code is 011', () => {
    expect(fieldContentOf('00 44 20 7946 0958', 'US')).toBeUndefined();
    expect(reasonOf('00 44 20 7946 0958', 'US')).toBe('tooLong');
  });
});

describe('trunk prefix after the calling code or in national form', () => {
  it.each([
    ['+44 (0) 20 7946 0958', undefined, '+44-2079460958'],
    ['+33 0 6 12 34 56 78', undefined, '+33-612345678'],
    ['+46 070 123 45 67', undefined, '+46-701234567'],
    ['07400 123456', 'GB', '+44-7400123456'],
  ] as const)('reads %j', (text, country, expected) => {
    expect(fieldContentOf(text, country)).toBe(expected);
  });
});

describe('Italian numbers keep their leading 0', () => {
  it.each([
    ['02 1234 5678', 'IT'],
    ['+39 02 1234 5678', undefined],
  ] as const)('reads %j with the 0', (text, country) => {
    expect(fieldContentOf(text, country)).toBe('+39-0212345678');
  });

  it('rejects the number without its 0', () => {
    expect(fieldContentOf('+39 2 1234 5678')).toBeUndefined();
    expect(reasonOf('+39 2 1234 5678')).toBe('invalid');
  });
});

describe('old Mexican mobile forms', () => {
  it.each([
    ['+52 1 222 123 4567', undefined],
    ['044 222 123 4567', 'MX'],
  ] as const satisfies readonly Case[])('rejects %j', (text, country) => {
    expect(fieldContentOf(text, country)).toBeUndefined();
  });

  it('reads the current form', () => {
    expect(fieldContentOf('+52 222 123 4567')).toBe('+52-2221234567');
  });
});

describe('Arabic-Indic and Persian digits', () => {
  it.each([
    ['+٤٤٧٤٠٠١٢٣٤٥٦', undefined, '+44-7400123456'],
    ['۰۹۱۲۳۴۵۶۷۸۹', 'IR', '+98-9123456789'],
  ] as const)('reads %j with ASCII digits', (text, country, expected) => {
    expect(fieldContentOf(text, country)).toBe(expected);
  });

  it('formats them while typing instead of dropping them', () => {
    const shown = formatPhoneInput({ value: '+٤٤٧٤', caret: 5 }, 'GB');
    expect(shown.value).toBe('+44 74');
  });
});

describe('full-width characters from CJK keyboards', () => {
  it.each([
    '＋４４７４００１２３４５６',
    '＋44 7400 123456',
    '+４４　７４００　１２３４５６',
  ])('reads %j', (text) => {
    expect(fieldContentOf(text)).toBe('+44-7400123456');
  });
});

describe('invisible direction and format marks', () => {
  it.each([
    ['\u202A+44 7400 123456\u202C', '+44-7400123456'],
    ['\u200E+44 7400 123456', '+44-7400123456'],
    ['\u2068+44 7400 123456\u2069', '+44-7400123456'],
    ['+1 \uFE0D-201-555-0123', '+1-2015550123'],
  ])('reads %j', (text, expected) => {
    expect(fieldContentOf(text)).toBe(expected);
  });
});

describe('other spaces', () => {
  it.each([
    ['no-break space', '\u00A0'],
    ['narrow no-break space', '\u202F'],
    ['thin space', '\u2009'],
    ['tab', '\t'],
    ['newline', '\n'],
  ])('reads groups split by a %s', (_name, space) => {
    const text = ['+44', '20', '7946', '0958'].join(space);
    expect(fieldContentOf(text)).toBe('+44-2079460958');
  });

  it('reads a leading space and a trailing newline', () => {
    expect(fieldContentOf(' +44 7400 123456')).toBe('+44-7400123456');
    expect(fieldContentOf('+44 7400 123456\n')).toBe('+44-7400123456');
  });
});

describe('tel: URI', () => {
  it('reads the number', () => {
    expect(fieldContentOf('tel:+1-201-555-0123')).toBe('+1-2015550123');
  });
});

describe('extensions', () => {
  it.each([
    '+1 201 555 0123 x123',
    '+1 201-555-0123 ext. 123',
    '+44 20 7946 0958 #123',
  ])('rejects %j as having an extension', (text) => {
    expect(fieldContentOf(text)).toBeUndefined();
    expect(reasonOf(text)).toBe('hasExtension');
  });
});

describe('too long, or a block of text', () => {
  it.each([
    ['19 national digits', '0232032323323223222', 'GB'],
    ['16 international digits', '+4474001234567890', undefined],
    [
      'a valid number and 236 spaces',
      `+44 7400 123456${' '.repeat(236)}`,
      undefined,
    ],
    ['100,000 characters', '1'.repeat(100_000), 'US'],
  ] as const)('rejects %s as too long', (_name, text, country) => {
    expect(fieldContentOf(text, country)).toBeUndefined();
    expect(reasonOf(text, country)).toBe('tooLong');
  });

  it('answers at once for 100,000 characters', () => {
    const started = performance.now();
    parsePhone('7'.repeat(100_000), { defaultCountry: 'GB' });
    formatPhoneInput({ value: '7'.repeat(100_000), caret: 0 }, 'GB');
    countryOfPhoneText(`+${'7'.repeat(100_000)}`, 'GB');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('never shortens the text to another number', () => {
    const text = '+4474001234567890';
    const shown = formatPhoneInput({ value: text, caret: text.length }, 'GB');
    expect(shown.value.replace(/\D/g, '')).toBe('4474001234567890');
  });
});

describe('junk around a number', () => {
  it.each([
    ['📞 +44 7400 123456', 'GB', 'hasSymbols'],
    ['+44 74😀00 123456', 'GB', 'hasSymbols'],
    ['+1-201-555-0123; DROP TABLE', 'US', 'hasLetters'],
    ['070 123 45 67 (Axel)', 'SE', 'hasLetters'],
    ['++44 7400 123456', 'GB', 'hasSymbols'],
  ] as const)('rejects %j', (text, country, reason) => {
    expect(fieldContentOf(text, country)).toBeUndefined();
    expect(reasonOf(text, country)).toBe(reason);
  });

  it('shows the junk as typed instead of dropping it', () => {
    const text = '+44 74😀00 123456';
    expect(formatPhoneInput({ value: text, caret: 8 }, 'GB').value).toBe(text);
  });
});

describe('numbers valid in length only', () => {
  it.each([
    ['+9112345678', undefined],
    ['(340) 775-1', 'VI'],
    ['+34566566566', undefined],
  ] as const)('rejects %j', (text, country) => {
    expect(fieldContentOf(text, country)).toBeUndefined();
    expect(reasonOf(text, country)).toBe('invalid');
  });
});

describe('caret while formatting', () => {
  // The browser's value and caret after each key, then what the input shows.
  it('keeps the caret beside the edited digit', () => {
    const typed = '+44 7400 123456';

    const afterBackspace = formatPhoneInput(
      {
        value: '+44 700 123456',
        caret: 5,
        previousValue: typed,
        inputType: 'deleteContentBackward',
      },
      'GB',
    );
    expect(afterBackspace.caret).toBe(5);

    const { value, caret } = afterBackspace;
    const afterFive = formatPhoneInput(
      {
        value: `${value.slice(0, caret)}5${value.slice(caret)}`,
        caret: caret + 1,
        previousValue: value,
        inputType: 'insertText',
      },
      'GB',
    );
    expect(afterFive).toEqual({ value: '+44 7500 123456', caret: 6 });
  });
});
