import type { OtpErrorKind, OtpRequestError } from '@lsq-otp/core';
import {
  describeRequestError,
  type PhoneOtpRequestMessages,
} from './messages.js';

// Kinds whose server text is useful to the lead, such as the reason
// LeadSquared declined the number.
const KINDS_WITH_SERVER_TEXT = new Set<OtpErrorKind>([
  'badRequest',
  'rejected',
]);

export interface RequestStatusInput {
  error: OtpRequestError | null;
  offline: boolean;
  coolingDown: boolean;
  messages: PhoneOtpRequestMessages;
}

/** Text of the request form's status region. */
export interface RequestStatus {
  text: string;
  /** LeadSquared's own words, masked; render them as text, never markup. */
  serverText?: string;
}

/** Picks the text of the status region under the send button. */
export function describeRequestStatus({
  error,
  offline,
  coolingDown,
  messages,
}: RequestStatusInput): RequestStatus | undefined {
  if (offline) return { text: messages.offline };
  if (!error) return undefined;
  if (error.kind === 'rateLimited' && !coolingDown) {
    return { text: messages.cooldownEnded };
  }

  const text = describeRequestError(error, messages);
  const serverText = KINDS_WITH_SERVER_TEXT.has(error.kind)
    ? error.exceptionMessage
    : undefined;
  return serverText ? { text, serverText } : { text };
}
