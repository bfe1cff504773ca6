import {
  DEFAULT_RESEND_COOLDOWN_MS,
  formatInternational,
  type OtpRequestError,
  type OtpTransport,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { PhoneOtpRequestMessages } from './messages.js';
import {
  OtpCodeForm,
  type OtpCodeFormPart,
  type OtpCodeFormProps,
} from './OtpCodeForm.js';
import type { OtpCodeMessages } from './otp-code-messages.js';
import {
  PhoneOtpRequestForm,
  type PhoneOtpRequestFormPart,
  type PhoneOtpRequestFormProps,
} from './PhoneOtpRequestForm.js';
import {
  partClassNames,
  rootStylingProps,
  type StylingProps,
} from './styling.js';
import { useOtpTransport } from './transport-context.js';
import type { CodeIssued } from './use-code-request.js';
import type { SignedIn } from './use-otp-sign-in.js';
import { useResendCooldownTransport } from './use-resend-cooldown-transport.js';

/** Texts of the sign-in flow around its two forms. */
export interface PhoneOtpSignInMessages {
  /** Confirms where the code went; `number` is already isolated left-to-right. */
  codeSent: (number: ReactNode) => ReactNode;
  changeNumber: string;
}

export const defaultSignInMessages: PhoneOtpSignInMessages = {
  codeSent: (number) => <>We sent a code to {number}.</>,
  changeNumber: 'Change number',
};

/** The parts of `<PhoneOtpSignIn>` that `classNames` can style. */
export type PhoneOtpSignInPart =
  PhoneOtpRequestFormPart | OtpCodeFormPart | 'codeSent' | 'changeNumber';

export interface PhoneOtpSignInProps
  extends
    StylingProps<PhoneOtpSignInPart>,
    Pick<
      PhoneOtpRequestFormProps,
      | 'defaultCountry'
      | 'preferredCountries'
      | 'fieldSchemaName'
      | 'fieldContentFormat'
      | 'validation'
      | 'locale'
    >,
    Pick<OtpCodeFormProps, 'webOtp'> {
  /** Called once when the lead is signed in. The kit keeps no `AuthKey`. */
  onSignedIn: (result: SignedIn) => void;
  /** Called with each issued `Code`, the first and every resend. */
  onCodeIssued?: (result: CodeIssued) => void;
  /** Called once per failed request of either step. */
  onError?: (error: OtpRequestError) => void;
  /** @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
  /** @default the nearest `<QueryClientProvider>`'s */
  queryClient?: QueryClient;
  /** Digits in the OTP. @default 6 */
  otpLength?: number;
  /**
   * Milliseconds between codes for the same number, kept across reloads of
   * the tab. A server rate limit's `retryAfterMs` replaces it. @default 60000
   */
  resendCooldownMs?: number;
  /** Texts of the flow, merged over the English defaults. */
  messages?: Partial<PhoneOtpSignInMessages>;
  /** Texts of the phone step, merged over the English defaults. */
  requestMessages?: Partial<PhoneOtpRequestMessages>;
  /** Texts of the code step, merged over the English defaults. */
  codeMessages?: Partial<OtpCodeMessages>;
  /** Disables both steps. @default false */
  disabled?: boolean;
  /** Text direction of both steps. @default `requestMessages.dir` */
  dir?: 'ltr' | 'rtl';
  /** Class name of the root element, added to `classNames.root`. */
  className?: string;
}

/**
 * Renders the whole SMS sign-in: a phone step (`<PhoneOtpRequestForm>`), then
 * a code step (`<OtpCodeForm>`) with a way back to change the number, ending
 * in `onSignedIn` with the lead's `LeadId` and `AuthKey`.
 */
export function PhoneOtpSignIn(props: PhoneOtpSignInProps) {
  const {
    queryClient,
    fieldSchemaName = 'Phone',
    resendCooldownMs = DEFAULT_RESEND_COOLDOWN_MS,
    disabled = false,
  } = props;
  const messages = { ...defaultSignInMessages, ...props.messages };
  const baseTransport = useOtpTransport(props.transport, 'PhoneOtpSignIn');
  // The phone step keeps the same per-number wait as the resend button, so
  // reloading the tab and sending to the same number again has to wait too.
  const requestTransport = useResendCooldownTransport(
    baseTransport,
    resendCooldownMs,
  );
  const [issued, setIssued] = useState<CodeIssued | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const stepChangedRef = useRef(false);

  // The focused field leaves the page with its step, so focus moves to the
  // next step's field. Not on first render: the page decides that focus.
  useEffect(() => {
    if (!stepChangedRef.current) return;
    (issued ? codeRef : phoneRef).current?.focus();
  }, [issued]);

  const onCodeIssued = (result: CodeIssued) => {
    stepChangedRef.current = true;
    setIssued(result);
    props.onCodeIssued?.(result);
  };
  const changeNumber = () => {
    stepChangedRef.current = true;
    setIssued(null);
  };
  const onSignedIn = (result: SignedIn) => {
    setSignedIn(true);
    props.onSignedIn(result);
  };

  // Both forms share the flow's look: tokens, class names and scheme.
  const styling = {
    theme: props.theme,
    classNames: props.classNames,
    unstyled: props.unstyled,
    colorScheme: props.colorScheme,
  };
  const classNameOf = partClassNames(styling);
  const dir = props.dir ?? props.requestMessages?.dir;
  const rootProps = {
    ...rootStylingProps(styling),
    className:
      [
        classNameOf('root'),
        props.unstyled ? undefined : 'lsq-otp-sign-in',
        props.className,
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    dir,
    lang: props.requestMessages?.locale,
  };

  if (issued === null) {
    return (
      <div {...rootProps}>
        <PhoneOtpRequestForm
          {...styling}
          dir={dir}
          ref={phoneRef}
          transport={requestTransport}
          queryClient={queryClient}
          defaultCountry={props.defaultCountry}
          preferredCountries={props.preferredCountries}
          fieldSchemaName={fieldSchemaName}
          fieldContentFormat={props.fieldContentFormat}
          validation={props.validation}
          locale={props.locale}
          messages={props.requestMessages}
          disabled={disabled}
          onCodeIssued={onCodeIssued}
          onError={props.onError}
        />
      </div>
    );
  }

  return (
    <div {...rootProps}>
      <p role="status" className={classNameOf('codeSent')}>
        {messages.codeSent(
          <bdi dir="ltr">{formatInternational(issued.FieldContent)}</bdi>,
        )}
      </p>
      <OtpCodeForm
        {...styling}
        dir={dir}
        ref={codeRef}
        issued={issued}
        transport={baseTransport}
        queryClient={queryClient}
        fieldSchemaName={fieldSchemaName}
        length={props.otpLength}
        resendCooldownMs={resendCooldownMs}
        webOtp={props.webOtp}
        messages={props.codeMessages}
        disabled={disabled}
        onSignedIn={onSignedIn}
        onCodeIssued={props.onCodeIssued}
        onError={props.onError}
      />
      <button
        type="button"
        className={classNameOf('changeNumber')}
        onClick={changeNumber}
        disabled={disabled || signedIn}
      >
        {messages.changeNumber}
      </button>
    </div>
  );
}
