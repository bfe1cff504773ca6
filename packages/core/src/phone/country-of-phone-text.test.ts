import { describe, expect, it } from 'vitest';
import { countryOfPhoneText } from './country-of-phone-text.js';

describe('countryOfPhoneText', () => {
  it.each([
    ['+1 (415) 555-2671', 'GB', 'US'],
    ['+1 340 775 1234', 'US', 'VI'],
    ['+44 7400 123456', 'US', 'GB'],
    ['+7 701 234 5678', 'RU', 'KZ'],
    ['＋４４ ７４００', 'US', 'GB'],
    ['0044 20 7946', 'DE', 'GB'],
    ['011 49 30 123456', 'US', 'DE'],
    ['+44 7400 123456 x12', 'US', 'GB'],
  ] as const)(
    'finds the country of %j with %s selected',
    (text, selected, expected) => {
      expect(countryOfPhoneText(text, selected)).toBe(expected);
    },
  );

  it.each([
    ['+1', 'GB', 'US'],
    ['+1 4', 'GB', 'US'],
    ['+44', 'US', 'GB'],
    ['+7', 'US', 'RU'],
  ] as const)(
    'picks the main country of a bare %j',
    (text, selected, expected) => {
      expect(countryOfPhoneText(text, selected)).toBe(expected);
    },
  );

  it.each([
    ['+1', 'CA'],
    ['+1 4', 'JM'],
    ['+44', 'JE'],
    ['+7', 'KZ'],
  ] as const)(
    'keeps %s for a bare %j of its calling code',
    (text, selected) => {
      expect(countryOfPhoneText(text, selected)).toBe(selected);
    },
  );

  it.each([
    ['4155552671', 'GB'],
    ['07400 123456', 'US'],
    ['44 7400 123456', 'US'],
    ['+', 'GB'],
    ['+9', 'GB'],
    ['', 'IN'],
    ['📞 +44 7400 123456', 'US'],
  ] as const)('keeps the selected country for %j', (text, selected) => {
    expect(countryOfPhoneText(text, selected)).toBe(selected);
  });

  it('keeps the selected country for text over the cap', () => {
    expect(countryOfPhoneText(`+44${'1'.repeat(100)}`, 'US')).toBe('US');
  });
});
