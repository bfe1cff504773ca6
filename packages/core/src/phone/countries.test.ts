import { describe, expect, it } from 'vitest';
import { getCountries } from './metadata.js';
import { isCountryCode, listCountries } from './countries.js';

describe('listCountries', () => {
  it('lists every country libphonenumber-js knows', () => {
    expect(listCountries('en')).toHaveLength(getCountries().length);
  });

  it('names countries in the locale with their calling code', () => {
    const germany = listCountries('de').find(({ code }) => code === 'DE');
    expect(germany).toEqual({
      code: 'DE',
      name: 'Deutschland',
      callingCode: '49',
    });
  });

  it('sorts by name in the locale', () => {
    const names = listCountries('en').map(({ name }) => name);
    const sorted = [...names].sort(new Intl.Collator('en').compare);
    expect(names).toEqual(sorted);
  });
});

describe('isCountryCode', () => {
  it('accepts known codes only', () => {
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
  });
});
