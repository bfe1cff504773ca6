import type { OtpErrorKind, OtpRequestError } from '@lsq-otp/core';
import {
  describeRequestError,
  type PhoneOtpRequestMessages,
} from './messages.js';

// Kinds whose server text tells the lead something useful, such as why
// LeadSquared declined the number.
const KINDS_WITH_SERVER_TEXT = new Set<OtpErrorKind>([
  'badRequest',
  'rejected',
]);

export interface RequestStatusProps {
  error: OtpRequestError | null;
  offline: boolean;
  coolingDown: boolean;
  messages: PhoneOtpRequestMessages;
}

/**
 * The polite live region under the send button. Server text is rendered as
 * text, never as markup.
 */
export function RequestStatus({
  error,
  offline,
  coolingDown,
  messages,
}: RequestStatusProps) {
  let text: string | undefined;
  let serverText: string | undefined;
  if (offline) {
    text = messages.offline;
  } else if (error?.kind === 'rateLimited' && !coolingDown) {
    text = messages.cooldownEnded;
  } else if (error) {
    text = describeRequestError(error, messages);
    if (KINDS_WITH_SERVER_TEXT.has(error.kind)) {
      serverText = error.exceptionMessage;
    }
  }

  return (
    <p role="status">
      {text}
      {serverText ? <span> {serverText}</span> : null}
    </p>
  );
}

/** The send button's label for the form's state. */
export function submitLabel(
  messages: PhoneOtpRequestMessages,
  busy: boolean,
  cooldownSeconds: number,
): string {
  if (busy) return messages.submitting;
  if (cooldownSeconds > 0) return messages.retryIn(cooldownSeconds);
  return messages.submit;
}
