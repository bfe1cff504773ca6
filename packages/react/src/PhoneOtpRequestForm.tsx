import {
  type CountryCode,
  type FieldContentFormat,
  formatFieldContent,
  formatPhoneInput,
  type OtpRequestError,
  parsePhone,
  type OtpTransport,
  type PhoneValidationPolicy,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type FormEvent,
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';
import { useController, useForm } from 'react-hook-form';
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
import { useBrowserCountry } from './use-browser-country.js';
import { type CodeIssued, useCodeRequest } from './use-code-request.js';
import { usePhoneInput } from './use-phone-input.js';

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
  /**
   * Country selected at first.
   * @default the region of the browser's language (`navigator.language`),
   * else 'US'
   */
  defaultCountry?: CountryCode;
  /** Countries listed first in the country select, in this order. */
  preferredCountries?: readonly CountryCode[];
  /**
   * Text in the phone input at first, such as a number typed before the form
   * loaded. @default ''
   */
  defaultPhone?: string;
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
    defaultCountry,
    preferredCountries,
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
  const browserCountry = useBrowserCountry();
  const initialCountry = defaultCountry ?? browserCountry ?? 'US';
  const { control, handleSubmit, formState, trigger, setValue } = useForm<
    PhoneFormValues,
    unknown,
    PhoneFormOutput
  >({
    defaultValues: { country: initialCountry, phone: props.defaultPhone ?? '' },
    resolver: createPhoneResolver(validation, messages),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { field: countryField } = useController({ control, name: 'country' });
  const { field: phoneField } = useController({ control, name: 'phone' });
  const country = countryField.value;

  // The initial country can change after the first render: after hydration
  // the browser's language becomes known. It applies until a country is
  // chosen, by the select or by a typed +CC.
  const countryChosenRef = useRef(false);
  useEffect(() => {
    if (!countryChosenRef.current) setValue('country', initialCountry);
  }, [initialCountry, setValue]);

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

  const onCountryChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const code = event.target.value as CountryCode;
    countryChosenRef.current = true;
    countryField.onChange(code);
    // National digits are now read in the new country, so they take its
    // format. International text keeps its own.
    const phone = phoneField.value;
    const shown = formatPhoneInput({ value: phone, caret: 0 }, code).value;
    if (shown !== phone) phoneField.onChange(shown);
    if (formState.isSubmitted) void trigger('phone');
  };
  const phoneInput = usePhoneInput({
    value: phoneField.value,
    country,
    onCountryChange: (code) => {
      countryChosenRef.current = true;
      setValue('country', code);
    },
    onChange: (value) => {
      phoneField.onChange(value);
      codeRequest.clearError();
    },
  });
  // The resolver's parse of the same values, so the hint can show the
  // number that will be texted before the form is sent.
  const verdict = parsePhone(phoneField.value, {
    defaultCountry: country,
    policy: validation,
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
        preferredCountries={preferredCountries}
        preferredLabel={messages.preferredCountriesLabel}
        otherLabel={messages.otherCountriesLabel}
        ref={countryField.ref}
        name={countryField.name}
        value={country}
        onChange={onCountryChange}
        onBlur={countryField.onBlur}
      />

      <label htmlFor={ids.phone}>{messages.phoneLabel}</label>
      <input
        ref={mergeRefs(phoneField.ref, forwardedRef)}
        id={ids.phone}
        name={phoneField.name}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        disabled={disabled}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={`${ids.hint} ${ids.error}`}
        onBlur={phoneField.onBlur}
        {...phoneInput}
      />
      <p id={ids.hint}>
        {verdict.ok
          ? messages.confirmNumber(
              <bdi dir="ltr">{verdict.phone.international}</bdi>,
            )
          : messages.phoneHint}
      </p>
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
