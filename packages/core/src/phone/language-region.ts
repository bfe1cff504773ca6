import { type CountryCode, isSupportedCountry } from './metadata.js';

/**
 * Returns the country of a BCP 47 language tag, adding the likely region
 * when the tag has none: `en-GB` gives GB, `de` gives DE, `en` gives US.
 * Returns `undefined` for a malformed tag or a region libphonenumber-js does
 * not know (such as `419`, Latin America).
 */
export function regionOfLanguage(language: string): CountryCode | undefined {
  let region: string | undefined;
  try {
    region = new Intl.Locale(language).maximize().region;
  } catch {
    return undefined;
  }
  return region && isSupportedCountry(region) ? region : undefined;
}
