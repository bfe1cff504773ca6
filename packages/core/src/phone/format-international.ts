import { parsePhoneNumberWithError } from './metadata.js';

/**
 * Formats a `FieldContent` echoed by LeadSquared for display, e.g.
 * `+1-4155552671` as `+1 415 555 2671`. Text that is not an international
 * number is returned unchanged.
 */
export function formatInternational(fieldContent: string): string {
  try {
    return parsePhoneNumberWithError(fieldContent).formatInternational();
  } catch {
    return fieldContent;
  }
}
