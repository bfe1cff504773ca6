import {
  createMockTransport,
  type MockScenario,
  type OtpRequestError,
} from '@lsq-otp/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import {
  PhoneOtpRequestForm,
  type PhoneOtpRequestFormProps,
} from './PhoneOtpRequestForm.js';

function renderForm(
  props: Partial<PhoneOtpRequestFormProps> & { scenario?: MockScenario } = {},
) {
  const { scenario, ...formProps } = props;
  const transport = createMockTransport({ scenario });
  const onCodeIssued = vi.fn();
  const onError = vi.fn<(error: OtpRequestError) => void>();
  const view = renderWithClient(
    <PhoneOtpRequestForm
      transport={transport}
      onCodeIssued={onCodeIssued}
      onError={onError}
      {...formProps}
    />,
  );
  return { transport, onCodeIssued, onError, user: userEvent.setup(), ...view };
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const sendButton = () => screen.getByRole('button', { name: 'Send code' });

describe('PhoneOtpRequestForm', () => {
  it('labels a tel input with autocomplete', () => {
    renderForm();
    expect(phoneInput()).toHaveAttribute('type', 'tel');
    expect(phoneInput()).toHaveAttribute('autocomplete', 'tel');
    expect(phoneInput()).toHaveAccessibleDescription(/one-time code/);
  });

  it('lists every country with its dial code', () => {
    renderForm({ locale: 'en' });
    const select = screen.getByRole('combobox', { name: 'Country' });
    expect(select).toHaveValue('US');
    expect(select.querySelectorAll('option').length).toBeGreaterThan(240);
    expect(
      screen.getByRole('option', { name: 'United Kingdom (\u2066+44\u2069)' }),
    ).toBeInTheDocument();
  });

  it('selects defaultCountry', () => {
    renderForm({ defaultCountry: 'GB' });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
  });

  it('sends the number as +CC-NATIONAL and reports the echo', async () => {
    const { user, transport, onCodeIssued } = renderForm();
    await user.type(phoneInput(), '(415) 555-2671');
    await user.click(sendButton());

    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(onCodeIssued).toHaveBeenCalledWith({
      Code: 'mock-code-1',
      FieldContent: '+1-4155552671',
    });
    expect(transport.calls).toEqual([
      { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' },
    ]);
  });

  it('reads national digits in the selected country', async () => {
    const { user, transport } = renderForm();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Country' }),
      'GB',
    );
    await user.type(phoneInput(), '020 7946 0958');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.FieldContent).toBe('+44-2079460958');
  });

  it('uses fieldSchemaName and fieldContentFormat', async () => {
    const { user, transport } = renderForm({
      fieldSchemaName: 'Mobile',
      fieldContentFormat: 'E.164',
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]).toEqual({
      FieldSchemaName: 'Mobile',
      FieldContent: '+14155552671',
    });
  });

  it('shows a validation message and sends nothing', async () => {
    const { user, transport } = renderForm();
    await user.type(phoneInput(), '12');
    await user.click(sendButton());

    expect(await screen.findByText('This number is too short.')).toBeVisible();
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    expect(phoneInput()).toHaveAccessibleDescription(/too short/);
    expect(transport.calls).toHaveLength(0);
  });

  it('clears the validation message once the number is valid', async () => {
    const { user } = renderForm();
    await user.type(phoneInput(), '12');
    await user.click(sendButton());
    await screen.findByText('This number is too short.');
    await user.clear(phoneInput());
    await user.type(phoneInput(), '4155552671');
    await waitFor(() =>
      expect(phoneInput()).not.toHaveAttribute('aria-invalid'),
    );
  });

  it('rejects an extension with its own message', async () => {
    const { user, transport } = renderForm();
    await user.type(phoneInput(), '+1 201 555 0123 x123');
    await user.click(sendButton());
    expect(await screen.findByText(/cannot reach an extension/)).toBeVisible();
    expect(transport.calls).toHaveLength(0);
  });

  it('shows a server failure and keeps the number', async () => {
    const { user, onError, onCodeIssued } = renderForm({
      scenario: 'serverError',
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());

    expect(await screen.findByRole('status')).toHaveTextContent(
      'The sign-in service failed. Try again.',
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].kind).toBe('server');
    expect(onCodeIssued).not.toHaveBeenCalled();
    expect(phoneInput()).toHaveValue('(415) 555-2671');
    expect(sendButton()).toBeEnabled();
  });

  it('clears the server failure when the number is edited', async () => {
    const { user } = renderForm({ scenario: 'serverError' });
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).not.toBeEmptyDOMElement(),
    );
    await user.type(phoneInput(), '{Backspace}');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('sends one request for two clicks in the same task', async () => {
    const { user, transport } = renderForm();
    await user.type(phoneInput(), '4155552671');
    const button = sendButton();
    button.click();
    button.click();
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.calls).toHaveLength(1);
  });

  it('calls onCodeIssued after unmounting', async () => {
    const transport = createMockTransport({ delayMs: 50 });
    const onCodeIssued = vi.fn();
    const user = userEvent.setup();
    const { unmount } = renderWithClient(
      <PhoneOtpRequestForm transport={transport} onCodeIssued={onCodeIssued} />,
    );
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());
    unmount();
    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onCodeIssued).toHaveBeenCalledTimes(1);
  });

  it('calls onError once after unmounting', async () => {
    const transport = createMockTransport({
      scenario: 'serverError',
      delayMs: 50,
    });
    const onError = vi.fn();
    const user = userEvent.setup();
    const { unmount } = renderWithClient(
      <PhoneOtpRequestForm
        transport={transport}
        onCodeIssued={vi.fn()}
        onError={onError}
      />,
    );
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());
    unmount();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(transport.calls).toHaveLength(1);
  });

  it('disables its fields when disabled', () => {
    renderForm({ disabled: true });
    expect(phoneInput()).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Country' })).toBeDisabled();
    expect(screen.getByRole('button')).toBeDisabled();
  });

  it('forwards its ref to the phone input', () => {
    const ref = createRef<HTMLInputElement>();
    renderWithClient(
      <PhoneOtpRequestForm
        ref={ref}
        transport={createMockTransport()}
        onCodeIssued={vi.fn()}
      />,
    );
    expect(ref.current).toBe(phoneInput());
  });

  it('sends nothing on mount', () => {
    const { transport } = renderForm();
    expect(transport.calls).toHaveLength(0);
  });
});
