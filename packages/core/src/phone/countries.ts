import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
} from './metadata.js';

/** A country the phone input offers. */
export interface CountryOption {
  code: CountryCode;
  /** Name in the requested locale, from `Intl.DisplayNames`. */
  name: string;
  /** Country calling code without `+`. */
  callingCode: string;
}

/**
 * Lists every country in libphonenumber-js metadata, named in `locale` and sorted
 * by name in that locale's collation order.
 */
export function listCountries(locale?: string): CountryOption[] {
  const names = new Intl.DisplayNames(locale, {
    type: 'region',
    fallback: 'code',
  });
  const collator = new Intl.Collator(locale);

  return getCountries()
    .map((code) => ({
      code,
      name: names.of(code) ?? code,
      callingCode: getCountryCallingCode(code),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Tells whether `value` is a country code in libphonenumber-js metadata. */
export function isCountryCode(value: string): value is CountryCode {
  return (getCountries() as string[]).includes(value);
}
