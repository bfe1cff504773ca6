import { listCountries } from '@lsq-otp/core';
import { forwardRef, type ComponentPropsWithoutRef, useMemo } from 'react';

export interface CountrySelectProps extends ComponentPropsWithoutRef<'select'> {
  /** Locale of the country names. @default the runtime's default locale */
  locale?: string;
}

/** A native select of every country with its calling code. */
export const CountrySelect = forwardRef<HTMLSelectElement, CountrySelectProps>(
  function CountrySelect({ locale, ...props }, ref) {
    const countries = useMemo(() => listCountries(locale), [locale]);
    return (
      <select ref={ref} {...props}>
        {countries.map(({ code, name, callingCode }) => (
          <option key={code} value={code}>
            {`${name} (+${callingCode})`}
          </option>
        ))}
      </select>
    );
  },
);
