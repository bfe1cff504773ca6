import {
  type CountryCode,
  type CountryOption,
  listCountries,
} from '@lsq-otp/core';
import { forwardRef, type ComponentPropsWithoutRef, useMemo } from 'react';

export interface CountrySelectProps extends ComponentPropsWithoutRef<'select'> {
  /** Locale of the country names. @default the runtime's default locale */
  locale?: string;
  /** Countries listed first, in this order, in a group of their own. */
  preferredCountries?: readonly CountryCode[];
  /** Label of the preferred group. @default 'Suggested' */
  preferredLabel?: string;
  /** Label of the group after the preferred one. @default 'Other countries' */
  otherLabel?: string;
}

/**
 * A native select of every country with its calling code, named in `locale`.
 * The browser's type-ahead finds a country by the start of its name.
 */
export const CountrySelect = forwardRef<HTMLSelectElement, CountrySelectProps>(
  function CountrySelect(
    {
      locale,
      preferredCountries,
      preferredLabel = 'Suggested',
      otherLabel = 'Other countries',
      ...props
    },
    ref,
  ) {
    const countries = useMemo(() => listCountries(locale), [locale]);
    const preferred = useMemo(
      () =>
        [...new Set(preferredCountries)].flatMap(
          (code) => countries.find((country) => country.code === code) ?? [],
        ),
      [countries, preferredCountries],
    );

    // The same option elements on every render let React skip the ~245
    // options while the lead types in the phone input beside them.
    const options = useMemo(() => {
      if (preferred.length === 0) return countries.map(renderOption);

      const others = countries.filter(
        (country) => !preferred.includes(country),
      );
      return [
        <optgroup key="preferred" label={preferredLabel}>
          {preferred.map(renderOption)}
        </optgroup>,
        <optgroup key="others" label={otherLabel}>
          {others.map(renderOption)}
        </optgroup>,
      ];
    }, [countries, preferred, preferredLabel, otherLabel]);

    return (
      <select ref={ref} {...props}>
        {options}
      </select>
    );
  },
);

// Option text cannot hold a <bdi>, so the dial code is isolated with Unicode
// marks: in right-to-left text a bare "+44" would render as "44+".
const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

function renderOption({ code, name, callingCode }: CountryOption) {
  return (
    <option key={code} value={code}>
      {`${name} (${LEFT_TO_RIGHT_ISOLATE}+${callingCode}${POP_DIRECTIONAL_ISOLATE})`}
    </option>
  );
}
