import type { OtpErrorKind, OtpRequestError } from '@lsq-otp/core';
import { defaultRequestMessages } from './messages.js';
import { isBrowserOffline } from './is-browser-offline.js';

/** Every text the code form shows. */
export interface OtpCodeMessages {
  /** BCP 47 language of these texts. */
  locale: string;
  /** Direction of the language's script. */
  dir: 'ltr' | 'rtl';
  label: string;
  /** Description of the input, for a code of `length` digits. */
  hint: (length: number) => string;
  /** Shown when the form is sent with fewer than `length` digits. */
  incomplete: (length: number) => string;
  submit: string;
  submitting: string;
  signedIn: string;
  resend: string;
  resending: string;
  /** Visible countdown beside the resend button. */
  resendIn: (seconds: number) => string;
  /** Announced once when a cooldown starts, instead of every second. */
  resendInAnnouncement: (seconds: number) => string;
  /** Announced when the cooldown ends. */
  resendAvailable: string;
  /** Announced after a new code was sent. */
  codeResent: string;
  /** Sign-in failures, one per error kind. */
  errors: Record<OtpErrorKind, string>;
  /** Failures to send a new code, one per error kind. */
  resendErrors: Record<OtpErrorKind, string>;
  /** Shown instead of the `network` message when the browser is offline. */
  offline: string;
}

const setupError =
  'Sign-in is not set up correctly on this site. Contact the site owner.';

export const defaultOtpCodeMessages: OtpCodeMessages = {
  locale: 'en',
  dir: 'ltr',
  label: 'Code from the SMS',
  hint: (length) => `Enter the ${length}-digit code we texted you.`,
  incomplete: (length) => `Enter all ${length} digits of the code.`,
  submit: 'Sign in',
  submitting: 'Signing in…',
  signedIn: 'Signed in.',
  resend: 'Send a new code',
  resending: 'Sending…',
  resendIn: (seconds) => `You can send a new code in ${seconds} s.`,
  resendInAnnouncement: (seconds) =>
    `You can send a new code in ${seconds} seconds.`,
  resendAvailable: 'You can send a new code now.',
  codeResent: 'We sent a new code.',
  errors: {
    badRequest: 'The sign-in service could not accept this code.',
    unauthorized: setupError,
    forbidden: 'The sign-in service rejected the request.',
    notFound: setupError,
    rateLimited: 'Too many attempts. Wait a moment, then try again.',
    server: 'The sign-in service failed. Try again.',
    rejected: 'The sign-in service did not accept this code. Send a new code.',
    invalidOtp: 'That code is wrong. Check the SMS and try again.',
    expiredOtp: 'That code has expired or was already used. Send a new code.',
    network: 'Could not reach the sign-in service. Try again.',
    timeout: 'The sign-in service took too long to answer. Try again.',
    aborted: 'Signing in was cancelled.',
  },
  resendErrors: {
    ...defaultRequestMessages.errors,
    rateLimited: 'Too many requests. Wait, then send a new code.',
  },
  offline: 'You are offline. Connect to the internet, then try again.',
};

/** Picks the message for a failed sign-in or resend. */
export function describeOtpCodeError(
  error: OtpRequestError,
  texts: Record<OtpErrorKind, string>,
  offline: string,
): string {
  const isOffline = error.kind === 'network' && isBrowserOffline();
  return isOffline ? offline : texts[error.kind];
}

/**
 * Picks the code form's error text, and whether it marks the input invalid:
 * an incomplete code, a wrong one or an expired one does, a failed request
 * does not.
 */
export function describeCodeFormError(state: {
  incomplete: boolean;
  error: OtpRequestError | null;
  messages: OtpCodeMessages;
  length: number;
}): { errorText: string | undefined; invalid: boolean } {
  const { incomplete, error, messages } = state;
  if (incomplete) {
    return { errorText: messages.incomplete(state.length), invalid: true };
  }
  if (!error) return { errorText: undefined, invalid: false };
  return {
    errorText: describeOtpCodeError(error, messages.errors, messages.offline),
    invalid: error.kind === 'invalidOtp' || error.kind === 'expiredOtp',
  };
}
