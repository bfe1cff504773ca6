import {
  type CountryCode,
  type ParsedPhone,
  parsePhone,
  type PhoneValidationPolicy,
} from '@lsq-otp/core';
import type { Resolver, ResolverResult } from 'react-hook-form';
import type { PhoneOtpRequestMessages } from './messages.js';

/** Values as the user enters them. */
export interface PhoneFormValues {
  country: CountryCode;
  phone: string;
}

/** Values after validation: the one parse that `FieldContent` comes from. */
export interface PhoneFormOutput {
  phone: ParsedPhone;
}

/**
 * Creates a react-hook-form resolver that parses the number once, so the
 * validation verdict and the submitted number cannot disagree.
 */
export function createPhoneResolver(
  policy: PhoneValidationPolicy,
  messages: PhoneOtpRequestMessages,
): Resolver<PhoneFormValues, unknown, PhoneFormOutput> {
  return (values): ResolverResult<PhoneFormValues, PhoneFormOutput> => {
    const result = parsePhone(values.phone, {
      defaultCountry: values.country,
      policy,
    });
    if (result.ok) return { values: { phone: result.phone }, errors: {} };

    return {
      values: {},
      errors: {
        phone: {
          type: result.reason,
          message: messages.reasons[result.reason],
        },
      },
    };
  };
}
