import {
  type CountryCode,
  type FieldContentFormat,
  formatFieldContent,
  formatPhoneInput,
  type OtpRequestError,
  type OtpTransport,
  type ParsedPhone,
  parsePhone,
  type PhoneValidationPolicy,
} from '@lsq-otp/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type FormEvent,
  type Ref,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';
import { useController, useForm } from 'react-hook-form';
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
import { describeRequestStatus } from './describe-request-status.js';
import { useBrowserCountry } from './use-browser-country.js';
import { type CodeIssued, useCodeRequest } from './use-code-request.js';
import { usePhoneInput } from './use-phone-input.js';

export interface UsePhoneOtpRequestFormOptions {
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
  /**
   * Text in the phone input at first, such as a number typed before the form
   * loaded. @default ''
   */
  defaultPhone?: string;
  /** Schema name of the lead field that stores the number. @default 'Phone' */
  fieldSchemaName?: string;
  /** Format of the number in `FieldContent`. @default '+CC-NATIONAL' */
  fieldContentFormat?: FieldContentFormat;
  /** Validation policy of the number. @default 'valid' */
  validation?: PhoneValidationPolicy;
  /** Texts to replace, merged over the English defaults. */
  messages?: Partial<PhoneOtpRequestMessages>;
  /** Disables the whole form. @default false */
  disabled?: boolean;
}

/** The request form's state and the props of each of its parts. */
export interface UsePhoneOtpRequestFormResult {
  messages: PhoneOtpRequestMessages;
  country: CountryCode;
  /** The number as it will be texted, once the typed text is valid. */
  phone: ParsedPhone | undefined;
  /** The validation message of the phone input after a failed submit. */
  fieldError: string | undefined;
  /** Text of the status region: a request failure, offline, or none. */
  status: { text: string; serverText?: string } | undefined;
  busy: boolean;
  /** Whole seconds left of a rate-limit cooldown; 0 when none. */
  cooldownSeconds: number;
  getFormProps: () => {
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    noValidate: true;
    'aria-busy': true | undefined;
  };
  getCountryLabelProps: () => { htmlFor: string };
  getCountrySelectProps: () => {
    id: string;
    name: string;
    value: CountryCode;
    autoComplete: 'country';
    disabled: boolean;
    ref: Ref<HTMLSelectElement>;
    onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
    onBlur: () => void;
  };
  getPhoneLabelProps: () => { htmlFor: string };
  getPhoneInputProps: (ref?: Ref<HTMLInputElement>) => {
    id: string;
    name: string;
    value: string;
    type: 'tel';
    inputMode: 'tel';
    autoComplete: 'tel';
    dir: 'ltr';
    disabled: boolean;
    ref: Ref<HTMLInputElement>;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onBlur: () => void;
    'aria-invalid': true | undefined;
    'aria-describedby': string;
  };
  getHintProps: () => { id: string };
  getErrorProps: () => { id: string; 'aria-live': 'polite' };
  getSubmitButtonProps: () => {
    type: 'submit';
    disabled: boolean;
    'aria-disabled': true | undefined;
    children: string;
  };
  getStatusProps: () => { role: 'status' };
}

/**
 * Runs the request form without markup: validation, sending and cooldown,
 * with prop getters that tie label, hint, error and status to their fields,
 * so any UI can render it.
 */
export function usePhoneOtpRequestForm(
  options: UsePhoneOtpRequestFormOptions,
): UsePhoneOtpRequestFormResult {
  const {
    defaultCountry,
    fieldSchemaName = 'Phone',
    fieldContentFormat = '+CC-NATIONAL',
    validation = 'valid',
    disabled = false,
  } = options;
  const messages = useMemo(
    () => ({ ...defaultRequestMessages, ...options.messages }),
    [options.messages],
  );
  const id = useId();
  const ids = {
    country: `${id}-country`,
    phone: `${id}-phone`,
    hint: `${id}-hint`,
    error: `${id}-error`,
  };

  const codeRequest = useCodeRequest({
    transport: options.transport,
    queryClient: options.queryClient,
    onCodeIssued: options.onCodeIssued,
    onError: options.onError,
  });
  const browserCountry = useBrowserCountry();
  const initialCountry = defaultCountry ?? browserCountry ?? 'US';
  const { control, handleSubmit, formState, setValue } = useForm<
    PhoneFormValues,
    unknown,
    PhoneFormOutput
  >({
    defaultValues: {
      country: initialCountry,
      phone: options.defaultPhone ?? '',
    },
    resolver: createPhoneResolver(validation, messages),
    // After a rejected submit the error follows the render-time parse below,
    // so react-hook-form need not revalidate, which would commit a second
    // render per keystroke.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
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

  const onCountryChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const code = event.target.value as CountryCode;
    countryChosenRef.current = true;
    countryField.onChange(code);
    // National digits are now read in the new country, so they take its
    // format. International text keeps its own.
    const phone = phoneField.value;
    const reformatted = formatPhoneInput(
      { value: phone, caret: 0 },
      code,
    ).value;
    if (reformatted !== phone) phoneField.onChange(reformatted);
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
  // number that will be texted before the form is sent, and a rejected
  // submit's error follows each edit.
  const verdict = parsePhone(phoneField.value, {
    defaultCountry: country,
    policy: validation,
  });
  const busy = formState.isSubmitting || codeRequest.busy;
  const coolingDown = codeRequest.cooldownSeconds > 0;
  const fieldError =
    formState.isSubmitted && !verdict.ok
      ? messages.reasons[verdict.reason]
      : undefined;

  return {
    messages,
    country,
    phone: verdict.ok ? verdict.phone : undefined,
    fieldError,
    status: describeRequestStatus({
      error: codeRequest.error,
      offline: codeRequest.offline,
      coolingDown,
      messages,
    }),
    busy,
    cooldownSeconds: codeRequest.cooldownSeconds,
    getFormProps: () => ({
      onSubmit,
      noValidate: true,
      'aria-busy': busy || undefined,
    }),
    getCountryLabelProps: () => ({ htmlFor: ids.country }),
    getCountrySelectProps: () => ({
      id: ids.country,
      name: countryField.name,
      value: country,
      autoComplete: 'country',
      disabled,
      ref: countryField.ref,
      onChange: onCountryChange,
      onBlur: countryField.onBlur,
    }),
    getPhoneLabelProps: () => ({ htmlFor: ids.phone }),
    getPhoneInputProps: (ref) => ({
      id: ids.phone,
      name: phoneField.name,
      type: 'tel',
      inputMode: 'tel',
      autoComplete: 'tel',
      dir: 'ltr',
      disabled,
      ref: mergeRefs(phoneField.ref, ref),
      onBlur: phoneField.onBlur,
      'aria-invalid': fieldError ? true : undefined,
      'aria-describedby': `${ids.hint} ${ids.error}`,
      ...phoneInput,
    }),
    getHintProps: () => ({ id: ids.hint }),
    getErrorProps: () => ({ id: ids.error, 'aria-live': 'polite' }),
    getSubmitButtonProps: () => ({
      type: 'submit',
      disabled,
      'aria-disabled': busy || coolingDown || undefined,
      children: submitLabel(messages, busy, codeRequest.cooldownSeconds),
    }),
    getStatusProps: () => ({ role: 'status' }),
  };
}

function submitLabel(
  messages: PhoneOtpRequestMessages,
  busy: boolean,
  cooldownSeconds: number,
): string {
  if (busy) return messages.submitting;
  if (cooldownSeconds > 0) return messages.retryIn(cooldownSeconds);
  return messages.submit;
}
