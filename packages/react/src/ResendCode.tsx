import {
  type OtpRequestError,
  toOtpRequestError,
  type OtpTransport,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import {
  describeOtpCodeError,
  type OtpCodeMessages,
} from './otp-code-messages.js';
import type { CodeIssued } from './use-code-request.js';
import { useLatestRef } from './use-latest-ref.js';
import { useRequestOtp } from './use-request-otp.js';
import { useResendCooldown } from './use-resend-cooldown.js';
import { visuallyHidden } from './visually-hidden.js';

export interface ResendCodeProps {
  fieldContent: string;
  fieldSchemaName: string;
  cooldownMs: number;
  /** A transport wrapped by `withResendCooldown`, which keeps the wait. */
  transport: OtpTransport;
  queryClient?: QueryClient;
  messages: OtpCodeMessages;
  disabled: boolean;
  onCodeIssued: (result: CodeIssued) => void;
  onError?: (error: OtpRequestError) => void;
  /** Class names of the resend button, its countdown and its status. */
  classNames: {
    button?: string;
    countdown?: string;
    status?: string;
  };
}

/**
 * Renders the code form's resend button with its visible countdown, and a
 * polite status that announces the start and end of each cooldown once.
 */
export function ResendCode(props: ResendCodeProps) {
  const { fieldContent, messages } = props;
  const countdownId = useId();
  const cooldown = useResendCooldown(fieldContent, props.cooldownMs);
  const request = useRequestOtp(
    { transport: props.transport },
    props.queryClient,
  );
  const onCodeIssuedRef = useLatestRef(props.onCodeIssued);
  const onErrorRef = useLatestRef(props.onError);
  const inFlightRef = useRef(false);
  const [resent, setResent] = useState(false);

  const coolingDown = cooldown.secondsLeft > 0;
  const unavailable = coolingDown || request.isPending || props.disabled;

  const resend = () => {
    if (unavailable || inFlightRef.current) return;
    inFlightRef.current = true;
    setResent(false);
    request
      .mutateAsync({
        FieldSchemaName: props.fieldSchemaName,
        FieldContent: fieldContent,
      })
      .then((response) => {
        setResent(true);
        onCodeIssuedRef.current({
          Code: response.Code,
          FieldContent: response.FieldContent,
        });
      })
      .catch((error: unknown) => {
        const typed = toOtpRequestError(error);
        onErrorRef.current?.(typed);
      })
      .finally(() => {
        inFlightRef.current = false;
      });
  };

  let outcome = '';
  if (request.error) {
    outcome = describeOtpCodeError(
      request.error,
      messages.resendErrors,
      messages.offline,
    );
  } else if (resent) {
    outcome = messages.codeResent;
  }
  let announcement = '';
  if (coolingDown) {
    announcement = messages.resendInAnnouncement(cooldown.announcedSeconds);
  } else if (cooldown.announcedSeconds > 0) {
    announcement = messages.resendAvailable;
  }

  return (
    <>
      {/* aria-disabled keeps the button focusable, so its description,
          the countdown, stays reachable while it waits. */}
      <button
        type="button"
        className={props.classNames.button}
        onClick={resend}
        disabled={props.disabled}
        aria-disabled={unavailable || undefined}
        aria-describedby={countdownId}
      >
        {request.isPending ? messages.resending : messages.resend}
      </button>
      <p id={countdownId} className={props.classNames.countdown}>
        {coolingDown ? messages.resendIn(cooldown.secondsLeft) : null}
      </p>
      <p
        role="status"
        className={props.classNames.status}
        data-silent={outcome ? undefined : true}
      >
        {outcome}
        <span style={visuallyHidden}>
          {outcome && announcement ? ' ' : null}
          {announcement}
        </span>
      </p>
    </>
  );
}
