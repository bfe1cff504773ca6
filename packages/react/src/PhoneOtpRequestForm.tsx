import {
  type CountryCode,
  type FieldContentFormat,
  formatFieldContent,
  isOtpRequestError,
  OtpRequestError,
  type OtpTransport,
  type PhoneValidationPolicy,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { type FormEvent, forwardRef, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { CountrySelect } from './CountrySelect.js';
import { mergeRefs } from './merge-refs.js';
import {
  defaultRequestMessages,
  describeRequestError,
  type PhoneOtpRequestMessages,
} from './messages.js';
import {
  createPhoneResolver,
  type PhoneFormOutput,
  type PhoneFormValues,
} from './phone-resolver.js';
import { useLatestRef } from './use-latest-ref.js';
import { useRequestOtp } from './use-request-otp.js';

/** What `onCodeIssued` receives: LeadSquared's answer, as it sent it. */
export interface CodeIssued {
  /** Opaque token for Sign In with OTP. A secret: never log it. */
  Code: string;
  /** The number the SMS went to, as echoed by LeadSquared. */
  FieldContent: string;
}

export interface PhoneOtpRequestFormProps {
  /** Called once per issued code. */
  onCodeIssued: (result: CodeIssued) => void;
  /** Called once per failed request. */
  onError?: (error: OtpRequestError) => void;
  /** @default the nearest `<OtpTransportProvider>`'s */
  transport?: OtpTransport;
  /** @default the nearest `<QueryClientProvider>`'s */
  queryClient?: QueryClient;
  /** Country selected at first. @default 'US' */
  defaultCountry?: CountryCode;
  /** Schema name of the lead field that stores the number. @default 'Phone' */
  fieldSchemaName?: string;
  /** How the number is written in `FieldContent`. @default '+CC-NATIONAL' */
  fieldContentFormat?: FieldContentFormat;
  /** Which numbers are accepted. @default 'valid' */
  validation?: PhoneValidationPolicy;
  /** Locale of the country names. @default the runtime's default locale */
  locale?: string;
  /** Texts to replace, merged over the English defaults. */
  messages?: Partial<PhoneOtpRequestMessages>;
  /** Disables the whole form. @default false */
  disabled?: boolean;
  className?: string;
}

/**
 * A form that validates a phone number and requests a LeadSquared sign-in
 * OTP for it. The ref is forwarded to the phone input.
 */
export const PhoneOtpRequestForm = forwardRef<
  HTMLInputElement,
  PhoneOtpRequestFormProps
>(function PhoneOtpRequestForm(props, forwardedRef) {
  const {
    transport,
    queryClient,
    defaultCountry = 'US',
    fieldSchemaName = 'Phone',
    fieldContentFormat = '+CC-NATIONAL',
    validation = 'valid',
    locale,
    disabled = false,
    className,
  } = props;
  const messages = useMemo(
    () => ({ ...defaultRequestMessages, ...props.messages }),
    [props.messages],
  );
  const onCodeIssuedRef = useLatestRef(props.onCodeIssued);
  const onErrorRef = useLatestRef(props.onError);
  const inFlightRef = useRef(false);
  const id = useId();
  const ids = {
    country: `${id}-country`,
    phone: `${id}-phone`,
    hint: `${id}-hint`,
    error: `${id}-error`,
  };

  const mutation = useRequestOtp({ transport }, queryClient);
  const { register, handleSubmit, formState, trigger } = useForm<
    PhoneFormValues,
    unknown,
    PhoneFormOutput
  >({
    defaultValues: { country: defaultCountry, phone: '' },
    resolver: createPhoneResolver(validation, messages),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const sendCode = async ({ phone }: PhoneFormOutput) => {
    try {
      const response = await mutation.mutateAsync({
        FieldSchemaName: fieldSchemaName,
        FieldContent: formatFieldContent(phone, fieldContentFormat),
      });
      onCodeIssuedRef.current({
        Code: response.Code,
        FieldContent: response.FieldContent,
      });
    } catch (error) {
      // The mutation keeps the error as state for rendering; the callback
      // hears about it once.
      const typed = isOtpRequestError(error)
        ? error
        : new OtpRequestError('network', { cause: error });
      onErrorRef.current?.(typed);
    }
  };

  // The guard is set before anything awaits: a second click or Enter in the
  // same task must not start a second request, and a disabled button comes
  // a render too late.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlightRef.current || disabled) return;
    inFlightRef.current = true;
    void handleSubmit(sendCode)(event).finally(() => {
      inFlightRef.current = false;
    });
  };

  const busy = formState.isSubmitting || mutation.isPending;
  const fieldError = formState.errors.phone?.message;
  const requestError = mutation.error
    ? describeRequestError(mutation.error, messages)
    : undefined;

  const countryField = register('country', {
    onChange: () => {
      if (formState.isSubmitted) void trigger('phone');
    },
  });
  const { ref: phoneRef, ...phoneField } = register('phone', {
    onChange: () => {
      if (mutation.isError) mutation.reset();
    },
  });

  return (
    <form
      className={className}
      noValidate
      onSubmit={onSubmit}
      aria-busy={busy || undefined}
    >
      <label htmlFor={ids.country}>{messages.countryLabel}</label>
      <CountrySelect
        id={ids.country}
        locale={locale}
        autoComplete="country"
        disabled={disabled}
        {...countryField}
      />

      <label htmlFor={ids.phone}>{messages.phoneLabel}</label>
      <input
        ref={mergeRefs(phoneRef, forwardedRef)}
        id={ids.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        disabled={disabled}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={`${ids.hint} ${ids.error}`}
        {...phoneField}
      />
      <p id={ids.hint}>{messages.phoneHint}</p>
      <p id={ids.error} aria-live="polite">
        {fieldError}
      </p>

      <button
        type="submit"
        disabled={disabled}
        aria-disabled={busy || undefined}
      >
        {busy ? messages.submitting : messages.submit}
      </button>
      <p role="status">{requestError}</p>
    </form>
  );
});
