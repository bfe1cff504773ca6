import type { CountryCode } from '@lsq-otp/core';
import { forwardRef } from 'react';
import { CountrySelect } from './CountrySelect.js';
import {
  partClassNames,
  rootStylingProps,
  type StylingProps,
} from './styling.js';
import {
  usePhoneOtpRequestForm,
  type UsePhoneOtpRequestFormOptions,
} from './use-phone-otp-request-form.js';

export type { CodeIssued } from './use-code-request.js';

/** The parts of `<PhoneOtpRequestForm>` that `classNames` can style. */
export type PhoneOtpRequestFormPart =
  | 'root'
  | 'label'
  | 'countrySelect'
  | 'input'
  | 'hint'
  | 'error'
  | 'button'
  | 'status';

export interface PhoneOtpRequestFormProps
  extends UsePhoneOtpRequestFormOptions, StylingProps<PhoneOtpRequestFormPart> {
  /** Countries listed first in the country select, in this order. */
  preferredCountries?: readonly CountryCode[];
  /**
   * Locale of the country names. @default `messages.locale`, so names match
   * the language of the texts
   */
  locale?: string;
  /**
   * Text direction of the form. The number and dial codes stay left to
   * right either way. @default `messages.dir`
   */
  dir?: 'ltr' | 'rtl';
  /** Class name of the root element, added to `classNames.root`. */
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
  const form = usePhoneOtpRequestForm(props);
  const { messages, status } = form;
  const classNameOf = partClassNames(props);
  const rootClassName = [classNameOf('root'), props.className]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      {...form.getFormProps()}
      {...rootStylingProps(props)}
      className={rootClassName || undefined}
      dir={props.dir ?? messages.dir}
      lang={messages.locale}
    >
      <label {...form.getCountryLabelProps()} className={classNameOf('label')}>
        {messages.countryLabel}
      </label>
      <CountrySelect
        {...form.getCountrySelectProps()}
        className={classNameOf('countrySelect')}
        locale={props.locale ?? messages.locale}
        preferredCountries={props.preferredCountries}
        preferredLabel={messages.preferredCountriesLabel}
        otherLabel={messages.otherCountriesLabel}
      />

      <label {...form.getPhoneLabelProps()} className={classNameOf('label')}>
        {messages.phoneLabel}
      </label>
      <input
        {...form.getPhoneInputProps(forwardedRef)}
        className={classNameOf('input')}
      />
      <p {...form.getHintProps()} className={classNameOf('hint')}>
        {form.phone
          ? messages.confirmNumber(
              <bdi dir="ltr">{form.phone.international}</bdi>,
            )
          : messages.phoneHint}
      </p>
      <p {...form.getErrorProps()} className={classNameOf('error')}>
        {form.fieldError}
      </p>

      <button
        {...form.getSubmitButtonProps()}
        className={classNameOf('button')}
      />
      <p {...form.getStatusProps()} className={classNameOf('status')}>
        {status?.text}
        {status?.serverText ? <span> {status.serverText}</span> : null}
      </p>
    </form>
  );
});
