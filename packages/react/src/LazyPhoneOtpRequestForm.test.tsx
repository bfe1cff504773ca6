import { createMockTransport } from '@lsq-otp/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { createLazyPhoneOtpRequestForm } from './LazyPhoneOtpRequestForm.js';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';

// A lazy form whose chunk arrives when the test calls `arrive`.
function renderLazyForm() {
  let arrive = () => {};
  const loaded = new Promise<typeof PhoneOtpRequestForm>((resolve) => {
    arrive = () => resolve(PhoneOtpRequestForm);
  });
  const LazyForm = createLazyPhoneOtpRequestForm(() => loaded);
  const transport = createMockTransport();
  const onCodeIssued = vi.fn();
  renderWithClient(
    <LazyForm
      transport={transport}
      onCodeIssued={onCodeIssued}
      defaultCountry="US"
      locale="en"
    />,
  );
  return {
    transport,
    onCodeIssued,
    user: userEvent.setup(),
    arrive: () => act(async () => arrive()),
  };
}

const phoneInput = () =>
  screen.getByRole<HTMLInputElement>('textbox', { name: 'Phone number' });
const countrySelect = () => screen.getByRole('combobox', { name: 'Country' });

describe('LazyPhoneOtpRequestForm', () => {
  it('shows the fields before the form loads', () => {
    renderLazyForm();
    expect(phoneInput()).toBeEnabled();
    expect(countrySelect()).toBeDisabled();
    expect(countrySelect()).toHaveDisplayValue('United States');
    expect(screen.getByRole('button', { name: 'Send code' })).toBeEnabled();
  });

  it('accepts typing while loading', async () => {
    const { user } = renderLazyForm();
    await user.type(phoneInput(), '415555');
    expect(phoneInput()).toHaveValue('415555');
  });

  it('carries text, focus and caret over', async () => {
    const { user, arrive } = renderLazyForm();
    await user.type(phoneInput(), '4155552671');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await arrive();

    await waitFor(() => expect(countrySelect()).toBeEnabled());
    const input = phoneInput();
    expect(input).toHaveValue('4155552671');
    expect(input).toHaveFocus();
    expect(input.selectionStart).toBe(8);
  });

  it('sends a submit made while loading once', async () => {
    const { user, arrive, transport, onCodeIssued } = renderLazyForm();
    await user.type(phoneInput(), '4155552671{Enter}');
    expect(transport.calls).toHaveLength(0);
    await arrive();

    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(transport.calls).toEqual([
      { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' },
    ]);
  });

  it('renders the loaded form after arrival', async () => {
    const { arrive } = renderLazyForm();
    await arrive();
    await waitFor(() =>
      expect(countrySelect().querySelectorAll('option').length).toBeGreaterThan(
        240,
      ),
    );
  });
});
