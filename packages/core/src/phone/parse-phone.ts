import {
  type CountryCode,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from './metadata.js';
import {
  MAX_PHONE_INPUT_LENGTH,
  normalizePhoneText,
} from './normalize-phone-text.js';
import { findPhoneCharacterProblem } from './phone-characters.js';

/** Policy for the numbers the form accepts. */
export type PhoneValidationPolicy = 'possible' | 'valid' | 'mobile';

/** Reason a phone number was rejected. */
export type PhoneRejectionReason =
  | 'empty'
  | 'tooShort'
  | 'tooLong'
  | 'invalidCountry'
  | 'invalid'
  | 'notMobile'
  | 'hasExtension'
  | 'hasLetters'
  | 'hasSymbols';

/** A phone number that passed validation. */
export interface ParsedPhone {
  /** ISO 3166-1 alpha-2 region, when the number belongs to one. */
  country: CountryCode | undefined;
  /** Country calling code without `+`, e.g. `"44"`. */
  countryCallingCode: string;
  /** National significant number: no trunk prefix, Italy's leading 0 kept. */
  nationalNumber: string;
  /** E.164 form, e.g. `"+442079460958"`. */
  e164: string;
  /** International display form, e.g. `"+44 20 7946 0958"`. */
  international: string;
}

export type PhoneParseResult =
  | { ok: true; phone: ParsedPhone }
  | { ok: false; reason: PhoneRejectionReason };

export interface ParsePhoneOptions {
  /** Country for numbers typed without `+`. */
  defaultCountry?: CountryCode;
  /** @default 'valid' */
  policy?: PhoneValidationPolicy;
}

const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Parses typed text once, so the validation verdict and the number sent to
 * LeadSquared always come from the same result. Text over
 * `MAX_PHONE_INPUT_LENGTH` is rejected as `tooLong` without parsing. Other
 * text is normalized by `normalizePhoneText`, then rejected when it contains
 * letters, symbols or an extension, then parsed by libphonenumber-js.
 */
export function parsePhone(
  text: string,
  options: ParsePhoneOptions = {},
): PhoneParseResult {
  if (text.length > MAX_PHONE_INPUT_LENGTH) {
    return { ok: false, reason: 'tooLong' };
  }

  const { defaultCountry, policy = 'valid' } = options;
  const normalized = normalizePhoneText(text, { defaultCountry });
  if (normalized === '') return { ok: false, reason: 'empty' };

  const problem = findPhoneCharacterProblem(normalized);
  if (problem) return { ok: false, reason: problem };

  let phoneNumber;
  try {
    // `extract: false` rejects text around the number instead of picking a
    // number out of it.
    phoneNumber = parsePhoneNumberWithError(normalized, {
      defaultCountry,
      extract: false,
    });
  } catch (error) {
    if (error instanceof ParseError) {
      return { ok: false, reason: reasonOfParseError(error.message) };
    }
    throw error;
  }

  if (phoneNumber.ext) return { ok: false, reason: 'hasExtension' };

  if (!phoneNumber.isPossible()) {
    const lengthReason = validatePhoneNumberLength(normalized, defaultCountry);
    return { ok: false, reason: reasonOfParseError(lengthReason ?? '') };
  }
  if (policy !== 'possible' && !phoneNumber.isValid()) {
    return { ok: false, reason: 'invalid' };
  }
  if (policy === 'mobile' && !MOBILE_TYPES.has(phoneNumber.getType() ?? '')) {
    return { ok: false, reason: 'notMobile' };
  }

  return {
    ok: true,
    phone: {
      country: phoneNumber.country,
      countryCallingCode: phoneNumber.countryCallingCode,
      nationalNumber: phoneNumber.nationalNumber,
      e164: phoneNumber.number,
      international: phoneNumber.formatInternational(),
    },
  };
}

function reasonOfParseError(message: string): PhoneRejectionReason {
  switch (message) {
    case 'TOO_SHORT':
      return 'tooShort';
    case 'TOO_LONG':
      return 'tooLong';
    case 'INVALID_COUNTRY':
      return 'invalidCountry';
    default:
      return 'invalid';
  }
}
