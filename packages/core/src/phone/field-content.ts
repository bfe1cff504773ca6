import type { ParsedPhone } from './parse-phone.js';

/**
 * Format of `FieldContent`: LeadSquared's `+CC-NATIONAL`
 * (`+44-2079460958`), E.164 (`+442079460958`), national digits
 * (`2079460958`), or the caller's own function.
 */
export type FieldContentFormat =
  '+CC-NATIONAL' | 'E.164' | 'NATIONAL' | ((phone: ParsedPhone) => string);

/** Writes a parsed number as `FieldContent`. */
export function formatFieldContent(
  phone: ParsedPhone,
  format: FieldContentFormat = '+CC-NATIONAL',
): string {
  if (typeof format === 'function') return format(phone);

  switch (format) {
    case '+CC-NATIONAL':
      return `+${phone.countryCallingCode}-${phone.nationalNumber}`;
    case 'E.164':
      return phone.e164;
    case 'NATIONAL':
      return phone.nationalNumber;
  }
}
