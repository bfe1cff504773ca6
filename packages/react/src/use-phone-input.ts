import {
  type CountryCode,
  countryOfPhoneText,
  formatPhoneInput,
} from '@lsq-otp/core';
import type { ChangeEvent } from 'react';

export interface UsePhoneInputOptions {
  /** The phone text as stored in the form. */
  value: string;
  /** The selected country, in which national digits are read. */
  country: CountryCode | undefined;
  /** Receives the formatted text after every edit. */
  onChange: (value: string) => void;
  /** Receives the country of a typed or pasted `+CC` that differs. */
  onCountryChange: (country: CountryCode) => void;
}

/**
 * Formats a controlled phone input as the user types, pastes or autofills,
 * keeps its caret beside the same digits, and follows a typed `+CC` with
 * the country. Returns the input's `value` and `onChange`.
 */
export function usePhoneInput({
  value,
  country,
  onChange,
  onCountryChange,
}: UsePhoneInputOptions) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    // The text is read in the selected country first, because it may start
    // with that country's exit code (011 in the US, 00 in GB). Only then may
    // a +CC in it switch countries.
    const nextCountry = countryOfPhoneText(input.value, country);
    const next = formatPhoneInput(
      {
        value: input.value,
        caret: input.selectionStart ?? input.value.length,
        previousValue: value,
        inputType: inputTypeOf(event.nativeEvent),
      },
      country,
    );

    // Writing the value and caret before React renders keeps the caret in
    // place: React then finds its new value already in the input and leaves
    // the input alone, where assigning a value would move the caret to the end.
    if (input.value !== next.value) input.value = next.value;
    if (input.ownerDocument.activeElement === input) {
      input.setSelectionRange(next.caret, next.caret);
    }

    if (nextCountry && nextCountry !== country) onCountryChange(nextCountry);
    onChange(next.value);
  };

  return { value, onChange: handleChange };
}

function inputTypeOf(event: Event): string | undefined {
  return 'inputType' in event && typeof event.inputType === 'string'
    ? event.inputType
    : undefined;
}
