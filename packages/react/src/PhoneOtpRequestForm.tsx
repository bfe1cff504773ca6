import {
  type CountryCode,
  type FieldContentFormat,
  formatFieldContent,
  type OtpRequestError,
  type OtpTransport,
  type PhoneValidationPolicy,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import { type FormEvent, forwardRef, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { CountrySelect } from './CountrySelect.js';
import { mergeRefs } from './merge-refs.js';
import {
  defaultRequestMessages,
  type PhoneOtpRequestMessages,
} from './messages.js';
import {
  createPhoneResolver,
  type PhoneFormOutput,
  type PhoneFormValues,
} from './phone-resolver.js';
import { RequestStatus, submitLabel } from './RequestStatus.js';
import { type CodeIssued, useCodeRequest } from './use-code-request.js';

export type { CodeIssued } from './use-code-request.js';

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
  const id = useId();
  const ids = {
    country: `${id}-country`,
    phone: `${id}-phone`,
    hint: `${id}-hint`,
    error: `${id}-error`,
  };

  const codeRequest = useCodeRequest({
    transport,
    queryClient,
    onCodeIssued: props.onCodeIssued,
    onError: props.onError,
  });
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

  const sendCode = ({ phone }: PhoneFormOutput) =>
    codeRequest.send({
      FieldSchemaName: fieldSchemaName,
      FieldContent: formatFieldContent(phone, fieldContentFormat),
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disabled || !codeRequest.claim()) return;
    void handleSubmit(sendCode)(event).finally(codeRequest.release);
  };

  const busy = formState.isSubmitting || codeRequest.busy;
  const coolingDown = codeRequest.cooldownSeconds > 0;
  const fieldError = formState.errors.phone?.message;

  const countryField = register('country', {
    onChange: () => {
      if (formState.isSubmitted) void trigger('phone');
    },
  });
  const { ref: phoneRef, ...phoneField } = register('phone', {
    onChange: () => {
      codeRequest.clearError();
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
        aria-disabled={busy || coolingDown || undefined}
      >
        {submitLabel(messages, busy, codeRequest.cooldownSeconds)}
      </button>
      <RequestStatus
        error={codeRequest.error}
        offline={codeRequest.offline}
        coolingDown={coolingDown}
        messages={messages}
      />
    </form>
  );
});
