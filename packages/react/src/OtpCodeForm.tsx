import {
  assertOtpLength,
  DEFAULT_OTP_LENGTH,
  DEFAULT_RESEND_COOLDOWN_MS,
  type OtpRequestError,
  type OtpTransport,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  type FormEvent,
  forwardRef,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { mergeRefs } from './merge-refs.js';
import {
  defaultOtpCodeMessages,
  describeCodeFormError,
  type OtpCodeMessages,
} from './otp-code-messages.js';
import { ResendCode } from './ResendCode.js';
import {
  partClassNames,
  rootStylingProps,
  type StylingProps,
} from './styling.js';
import { useOtpTransport } from './transport-context.js';
import type { CodeIssued } from './use-code-request.js';
import { useLatestIssued } from './use-latest-issued.js';
import { useLatestRef } from './use-latest-ref.js';
import { useOtpInput } from './use-otp-input.js';
import { type SignedIn, useOtpSignIn } from './use-otp-sign-in.js';
import { useResendCooldownTransport } from './use-resend-cooldown-transport.js';

/** The parts of `<OtpCodeForm>` that `classNames` can style. */
export type OtpCodeFormPart =
  | 'root'
  | 'label'
  | 'input'
  | 'hint'
  | 'error'
  | 'button'
  | 'status'
  | 'resendButton'
  | 'countdown';

export interface OtpCodeFormProps extends StylingProps<OtpCodeFormPart> {
  /** The `Code` and `FieldContent` that Get Sign In OTP returned. */
  issued: CodeIssued;
  /** Called once when LeadSquared accepts the OTP. */
  onSignedIn: (result: SignedIn) => void;
  /** Called with the new `Code` after each resend. */
  onCodeIssued?: (result: CodeIssued) => void;
  /** Called once per failed sign-in or resend. */
  onError?: (error: OtpRequestError) => void;
  /** @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
  /** @default the nearest `<QueryClientProvider>`'s */
  queryClient?: QueryClient;
  /** Schema name of the lead field that stores the number. @default 'Phone' */
  fieldSchemaName?: string;
  /** Digits in the OTP, from 1 to 12. @default 6 */
  length?: number;
  /**
   * Milliseconds before a new code may be requested. A server rate limit's
   * `retryAfterMs` replaces it. @default 60000
   */
  resendCooldownMs?: number;
  /** Reads the code from the SMS where the browser has the Web OTP API. @default true */
  webOtp?: boolean;
  /** Texts to replace, merged over the English defaults. */
  messages?: Partial<OtpCodeMessages>;
  /** Disables the whole form. @default false */
  disabled?: boolean;
  /** Text direction of the form; the code stays left to right. @default `messages.dir` */
  dir?: 'ltr' | 'rtl';
  /** Class name of the root element, added to `classNames.root`. */
  className?: string;
}

/**
 * A form for the OTP of an SMS that signs the lead in with LeadSquared's
 * Sign In with OTP API. It submits once the code is complete, takes the code
 * out of a pasted SMS, and offers a resend after a cooldown that survives a
 * reload of the tab. The ref is forwarded to the code input.
 */
export const OtpCodeForm = forwardRef<HTMLInputElement, OtpCodeFormProps>(
  function OtpCodeForm(props, forwardedRef) {
    const {
      issued,
      queryClient,
      fieldSchemaName = 'Phone',
      length = DEFAULT_OTP_LENGTH,
      resendCooldownMs = DEFAULT_RESEND_COOLDOWN_MS,
      webOtp = true,
      disabled = false,
      className,
    } = props;
    assertOtpLength(length);
    const messages = useMemo(
      () => ({ ...defaultOtpCodeMessages, ...props.messages }),
      [props.messages],
    );
    const baseTransport = useOtpTransport(props.transport, 'OtpCodeForm');
    const transport = useResendCooldownTransport(
      baseTransport,
      resendCooldownMs,
    );
    const onCodeIssuedRef = useLatestRef(props.onCodeIssued);
    const inputRef = useRef<HTMLInputElement | null>(null);
    const id = useId();
    const ids = {
      input: `${id}-otp`,
      hint: `${id}-hint`,
      error: `${id}-error`,
    };

    const [current, setCurrent] = useLatestIssued(issued);
    const [value, setValue] = useState('');
    const [incomplete, setIncomplete] = useState(false);

    const signIn = useOtpSignIn({
      transport,
      queryClient,
      onSignedIn: props.onSignedIn,
      onError: (error) => {
        props.onError?.(error);
        if (error.kind === 'invalidOtp') inputRef.current?.select();
      },
    });
    const locked = disabled || signIn.busy || signIn.signedIn;

    const accept = (next: string) => {
      setValue(next);
      setIncomplete(false);
      if (signIn.error) signIn.reset();
      if (next.length === length && !locked) {
        signIn.submitOnce({
          Otp: next,
          FieldContent: current.FieldContent,
          Code: current.Code,
        });
      }
    };

    const input = useOtpInput({
      length,
      locked,
      webOtp: webOtp && !disabled,
      code: current.Code,
      onValue: accept,
    });

    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (locked) return;
      if (value.length < length) {
        setIncomplete(true);
        inputRef.current?.focus();
        return;
      }
      signIn.submit({
        Otp: value,
        FieldContent: current.FieldContent,
        Code: current.Code,
      });
    };

    const onCodeResent = (next: CodeIssued) => {
      setCurrent(next);
      setValue('');
      setIncomplete(false);
      signIn.reset();
      signIn.forgetSubmitted();
      inputRef.current?.focus();
      onCodeIssuedRef.current?.(next);
    };

    const classNameOf = partClassNames(props);
    const rootClassName = [classNameOf('root'), className]
      .filter(Boolean)
      .join(' ');

    const { errorText, invalid } = describeCodeFormError({
      incomplete,
      error: signIn.error,
      messages,
      length,
    });

    return (
      <form
        {...rootStylingProps(props)}
        className={rootClassName || undefined}
        dir={props.dir ?? messages.dir}
        lang={messages.locale}
        noValidate
        onSubmit={onSubmit}
        aria-busy={signIn.busy || undefined}
      >
        <label htmlFor={ids.input} className={classNameOf('label')}>
          {messages.label}
        </label>
        <input
          className={classNameOf('input')}
          ref={mergeRefs(inputRef, forwardedRef)}
          id={ids.input}
          name="one-time-code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          dir="ltr"
          value={value}
          disabled={disabled}
          readOnly={signIn.busy || signIn.signedIn}
          aria-invalid={invalid || undefined}
          aria-describedby={`${ids.hint} ${ids.error}`}
          onChange={input.onChange}
          onPaste={input.onPaste}
        />
        <p id={ids.hint} className={classNameOf('hint')}>
          {messages.hint(length)}
        </p>
        <p id={ids.error} className={classNameOf('error')} aria-live="polite">
          {errorText}
        </p>

        <button
          type="submit"
          className={classNameOf('button')}
          disabled={disabled}
          aria-disabled={signIn.busy || signIn.signedIn || undefined}
        >
          {signIn.busy ? messages.submitting : messages.submit}
        </button>
        <p role="status" className={classNameOf('status')}>
          {signIn.signedIn ? messages.signedIn : null}
        </p>

        <ResendCode
          fieldContent={current.FieldContent}
          fieldSchemaName={fieldSchemaName}
          cooldownMs={resendCooldownMs}
          transport={transport}
          queryClient={queryClient}
          messages={messages}
          disabled={disabled || signIn.signedIn}
          onCodeIssued={onCodeResent}
          onError={props.onError}
          classNames={{
            button: classNameOf('resendButton'),
            countdown: classNameOf('countdown'),
            status: classNameOf('status'),
          }}
        />
      </form>
    );
  },
);
