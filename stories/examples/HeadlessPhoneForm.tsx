import { createMockTransport } from '@lsq-otp/core';
import { usePhoneOtpRequestForm } from '@lsq-otp/react';

const transport = createMockTransport();

export interface HeadlessPhoneFormProps {
  onCodeIssued: (result: { Code: string; FieldContent: string }) => void;
}

/**
 * Renders a fully custom request form: the kit supplies state and prop getters, the
 * page supplies every element. The country is fixed here, so the form is a
 * single line of input and button.
 */
export function HeadlessPhoneForm({ onCodeIssued }: HeadlessPhoneFormProps) {
  const form = usePhoneOtpRequestForm({
    transport,
    onCodeIssued,
    defaultCountry: 'IN',
  });

  return (
    <form {...form.getFormProps()} className="headless-form">
      <label {...form.getPhoneLabelProps()}>Mobile number (India)</label>
      <div className="headless-row">
        <input {...form.getPhoneInputProps()} placeholder="98765 43210" />
        <button {...form.getSubmitButtonProps()} />
      </div>
      <small {...form.getHintProps()}>
        {form.phone
          ? `OTP goes to ${form.phone.international}`
          : 'Indian mobile numbers only'}
      </small>
      <strong {...form.getErrorProps()}>{form.fieldError}</strong>
      <span {...form.getStatusProps()}>{form.status?.text}</span>
    </form>
  );
}
