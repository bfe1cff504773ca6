import { type CountryCode, isSupportedCountry, Metadata } from './metadata.js';

// The two exit codes people write in place of `+`: `00` (most of the world)
// and `011` (the North American Numbering Plan). Other exit codes, such as
// Japan's `010` or Australia's `0011`, are left to libphonenumber-js.
const EXIT_CODE = /^(00|011)[ .-]?(?=\d)/;

const exitCodePatterns = new Map<CountryCode, RegExp>();

/**
 * Replaces a leading `00` or `011` exit code with `+` when it is the exit
 * code of `country`, so `00 44 20 7946 0958` dialled from GB becomes
 * `+44 20 7946 0958`. From the US the same text stays as it is, because US
 * callers dial `011`.
 */
export function replaceExitCode(
  text: string,
  country: CountryCode | undefined,
): string {
  const match = EXIT_CODE.exec(text);
  if (!match || !country || !isSupportedCountry(country)) return text;

  const exitCode = match[1] ?? '';
  if (!exitCodePattern(country).test(exitCode)) return text;

  return `+${text.slice(match[0].length)}`;
}

// libphonenumber-js stores each country's international (IDD) prefix as a
// pattern, e.g. `00` for GB, `011` for US, `00|1(?:[12]\d|79)\d\d00` for CN.
function exitCodePattern(country: CountryCode): RegExp {
  let pattern = exitCodePatterns.get(country);
  if (!pattern) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    const prefix = metadata.numberingPlan?.IDDPrefix() ?? '';
    pattern = new RegExp(`^(?:${prefix})$`);
    exitCodePatterns.set(country, pattern);
  }
  return pattern;
}
