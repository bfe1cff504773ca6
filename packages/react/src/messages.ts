import type {
  OtpErrorKind,
  OtpRequestError,
  PhoneRejectionReason,
} from '@lsq-otp/core';
import { createElement, Fragment, type ReactNode } from 'react';
import { isBrowserOffline } from './is-browser-offline.js';

/** Every text the request form shows. */
export interface PhoneOtpRequestMessages {
  /** BCP 47 language of these texts; country names use it too. */
  locale: string;
  /** Direction of the language's script. */
  dir: 'ltr' | 'rtl';
  countryLabel: string;
  phoneLabel: string;
  phoneHint: string;
  /**
   * Replaces `phoneHint` once the number is valid. `number` is the number in
   * international format, already isolated left-to-right.
   */
  confirmNumber: (number: ReactNode) => ReactNode;
  /** Label of the group of `preferredCountries` in the country select. */
  preferredCountriesLabel: string;
  /** Label of the group of the other countries, after the preferred ones. */
  otherCountriesLabel: string;
  submit: string;
  submitting: string;
  /** Label of the send button during a rate-limit cooldown. */
  retryIn: (seconds: number) => string;
  /** Announced when a rate-limit cooldown ends. */
  cooldownEnded: string;
  /** Validation messages, one per rejection reason. */
  reasons: Record<PhoneRejectionReason, string>;
  /** Request failures, one per error kind. */
  errors: Record<OtpErrorKind, string>;
  /** Shown instead of the `network` message when the browser is offline. */
  offline: string;
}

export const defaultRequestMessages: PhoneOtpRequestMessages = {
  locale: 'en',
  dir: 'ltr',
  countryLabel: 'Country',
  phoneLabel: 'Phone number',
  phoneHint: 'We’ll text a one-time code to this number.',
  confirmNumber: (number) =>
    createElement(
      Fragment,
      null,
      'We’ll text a one-time code to ',
      number,
      '.',
    ),
  preferredCountriesLabel: 'Suggested',
  otherCountriesLabel: 'Other countries',
  submit: 'Send code',
  submitting: 'Sending…',
  retryIn: (seconds) => `Send again in ${seconds} s`,
  cooldownEnded: 'You can send a code again.',
  reasons: {
    empty: 'Enter your phone number.',
    tooShort: 'This number is too short.',
    tooLong: 'This number is too long.',
    invalidCountry: 'Choose a country, or start the number with +.',
    invalid: 'Enter a valid phone number for the selected country.',
    notMobile: 'Enter a mobile number that can receive SMS.',
    hasExtension: 'Remove the extension: an SMS cannot reach an extension.',
    hasLetters: 'Remove the letters: a phone number has digits only.',
    hasSymbols:
      'Remove the symbols: use digits, spaces, brackets, dashes and one leading +.',
  },
  errors: {
    badRequest: 'The sign-in service could not accept this number.',
    unauthorized:
      'Sign-in is not set up correctly on this site. Contact the site owner.',
    forbidden: 'The sign-in service refused the request.',
    notFound:
      'Sign-in is not set up correctly on this site. Contact the site owner.',
    rateLimited: 'Too many attempts. Wait a moment, then send again.',
    server: 'The sign-in service failed. Try again.',
    rejected: 'No code could be sent to this number.',
    invalidOtp: 'That code is wrong. Check the SMS and try again.',
    expiredOtp: 'That code has expired. Send a new one.',
    network: 'Could not reach the sign-in service. Try again.',
    timeout: 'The sign-in service took too long to answer. Try again.',
    aborted: 'Sending was cancelled.',
  },
  offline: 'You are offline. Connect to the internet, then send again.',
};

/** Picks the message for a failed request. */
export function describeRequestError(
  error: OtpRequestError,
  messages: PhoneOtpRequestMessages,
): string {
  const offline = error.kind === 'network' && isBrowserOffline();
  return offline ? messages.offline : messages.errors[error.kind];
}
