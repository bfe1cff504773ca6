import { createMockTransport } from '@lsq-otp/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient, renderWithClient } from '../test/render.js';
import { defaultRequestMessages } from './messages.js';
import {
  PhoneOtpRequestForm,
  type PhoneOtpRequestFormProps,
} from './PhoneOtpRequestForm.js';
import { QueryClientProvider } from '@tanstack/react-query';

function renderForm(props: Partial<PhoneOtpRequestFormProps> = {}) {
  const transport = createMockTransport();
  const onCodeIssued = vi.fn();
  const view = renderWithClient(
    <PhoneOtpRequestForm
      transport={transport}
      onCodeIssued={onCodeIssued}
      locale="en"
      {...props}
    />,
  );
  return { transport, onCodeIssued, user: userEvent.setup(), ...view };
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const countrySelect = () => screen.getByRole('combobox', { name: 'Country' });
const sendButton = () => screen.getByRole('button', { name: 'Send code' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PhoneOtpRequestForm phone entry', () => {
  it('keeps a left-to-right tel input', () => {
    renderForm();
    expect(phoneInput()).toHaveAttribute('type', 'tel');
    expect(phoneInput()).toHaveAttribute('autocomplete', 'tel');
    expect(phoneInput()).toHaveAttribute('dir', 'ltr');
  });

  it('formats the number as it is typed', async () => {
    const { user } = renderForm({ defaultCountry: 'US' });
    await user.type(phoneInput(), '4155552671');
    expect(phoneInput()).toHaveValue('(415) 555-2671');
  });

  it('switches the country for a pasted international number', async () => {
    const { user, transport } = renderForm({ defaultCountry: 'GB' });
    await user.click(phoneInput());
    await user.paste('+1 (415) 555-2671');

    expect(countrySelect()).toHaveValue('US');
    expect(phoneInput()).toHaveValue('+1 415 555 2671');

    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.FieldContent).toBe('+1-4155552671');
  });

  it('switches the country for a typed calling code', async () => {
    const { user } = renderForm({ defaultCountry: 'US' });
    await user.type(phoneInput(), '+44');
    expect(countrySelect()).toHaveValue('GB');
  });

  it('reads national digits in the selected country only', async () => {
    const { user, transport } = renderForm({ defaultCountry: 'GB' });
    await user.type(phoneInput(), '4155552671');
    await user.click(sendButton());

    expect(countrySelect()).toHaveValue('GB');
    expect(await screen.findByText(defaultRequestMessages.reasons.invalid));
    expect(transport.calls).toHaveLength(0);
  });

  it('formats national digits for a newly chosen country', async () => {
    const { user } = renderForm({ defaultCountry: 'GB' });
    await user.type(phoneInput(), '4155552671');
    await user.selectOptions(countrySelect(), 'US');
    expect(phoneInput()).toHaveValue('(415) 555-2671');
  });

  it('keeps international text when another country is chosen', async () => {
    const { user } = renderForm({ defaultCountry: 'US' });
    await user.type(phoneInput(), '+44 7400 123456');
    await user.selectOptions(countrySelect(), 'FR');
    expect(phoneInput()).toHaveValue('+44 7400 123456');
  });

  it('reads an exit code of the selected country', async () => {
    const { user, transport } = renderForm({ defaultCountry: 'GB' });
    await user.type(phoneInput(), '00 44 20 7946 0958');

    expect(phoneInput()).toHaveValue('+44 20 7946 0958');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.FieldContent).toBe('+44-2079460958');
  });
});

describe('PhoneOtpRequestForm confirmation', () => {
  it('shows the number to text once it is valid', async () => {
    const { user } = renderForm({ defaultCountry: 'GB' });
    await user.type(phoneInput(), '020 7946 0958');

    expect(phoneInput()).toHaveAccessibleDescription(
      expect.stringContaining(
        'We’ll text a one-time code to +44 20 7946 0958.',
      ),
    );
    const number = screen.getByText('+44 20 7946 0958');
    expect(number.tagName).toBe('BDI');
    expect(number).toHaveAttribute('dir', 'ltr');
  });

  it('shows the hint while the number is invalid', async () => {
    const { user } = renderForm({ defaultCountry: 'GB' });
    await user.type(phoneInput(), '020 7946');
    expect(phoneInput()).toHaveAccessibleDescription(
      expect.stringContaining(defaultRequestMessages.phoneHint),
    );
  });

  it('takes its text from messages', async () => {
    const { user } = renderForm({
      defaultCountry: 'GB',
      messages: { confirmNumber: (number) => <>SMS to {number}</> },
    });
    await user.type(phoneInput(), '07400 123456');
    expect(phoneInput()).toHaveAccessibleDescription(
      expect.stringContaining('SMS to +44 7400 123456'),
    );
  });
});

describe('PhoneOtpRequestForm validation', () => {
  it('has a message of its own for every reason', () => {
    const messages = Object.values(defaultRequestMessages.reasons);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it.each([
    ['070 123 45 67 (Axel)', 'SE', 'hasLetters'],
    ['+44 74😀00 123456', 'GB', 'hasSymbols'],
    ['+1 201 555 0123 x123', 'US', 'hasExtension'],
    ['0232032323323223222', 'GB', 'tooLong'],
  ] as const)('rejects %j with its message', async (text, country, reason) => {
    const { user, transport } = renderForm({ defaultCountry: country });
    await user.click(phoneInput());
    await user.paste(text);
    await user.click(sendButton());

    expect(
      await screen.findByText(defaultRequestMessages.reasons[reason]),
    ).toBeVisible();
    expect(phoneInput()).toHaveValue(text);
    expect(transport.calls).toHaveLength(0);
  });

  it('rejects a fixed line under the mobile policy', async () => {
    const { user, transport } = renderForm({
      defaultCountry: 'GB',
      validation: 'mobile',
    });
    await user.type(phoneInput(), '020 7946 0958');
    await user.click(sendButton());

    expect(
      await screen.findByText(defaultRequestMessages.reasons.notMobile),
    ).toBeVisible();
    expect(transport.calls).toHaveLength(0);
  });

  it('accepts fixed-line-or-mobile under the mobile policy', async () => {
    const { user, transport } = renderForm({
      defaultCountry: 'US',
      validation: 'mobile',
    });
    await user.type(phoneInput(), '201 555 0123');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
  });

  it.each([
    ['E.164', '+442079460958'],
    ['NATIONAL', '2079460958'],
  ] as const)('sends FieldContent as %s', async (format, expected) => {
    const { user, transport } = renderForm({
      defaultCountry: 'GB',
      fieldContentFormat: format,
    });
    await user.type(phoneInput(), '020 7946 0958');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.FieldContent).toBe(expected);
  });

  it('sends FieldContent from a format function', async () => {
    const { user, transport } = renderForm({
      defaultCountry: 'GB',
      fieldContentFormat: (phone) => `0${phone.nationalNumber}`,
    });
    await user.type(phoneInput(), '+44 20 7946 0958');
    await user.click(sendButton());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.FieldContent).toBe('02079460958');
  });
});

describe('PhoneOtpRequestForm countries', () => {
  it('lists preferred countries first', () => {
    renderForm({ preferredCountries: ['IN', 'GB'] });
    const preferred = screen.getByRole('group', { name: 'Suggested' });
    const names = within(preferred)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toEqual([
      'India (\u2066+91\u2069)',
      'United Kingdom (\u2066+44\u2069)',
    ]);

    const others = screen.getByRole('group', { name: 'Other countries' });
    expect(
      within(others).queryByRole('option', { name: 'India (\u2066+91\u2069)' }),
    ).not.toBeInTheDocument();
  });

  it('names countries in the locale', () => {
    renderForm({ locale: 'de' });
    expect(
      screen.getByRole('option', {
        name: 'Vereinigtes Königreich (\u2066+44\u2069)',
      }),
    ).toBeInTheDocument();
  });

  it('selects the country of the browser language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    renderForm();
    expect(countrySelect()).toHaveValue('GB');
  });

  it('selects the US for a language without a known region', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-419');
    renderForm();
    expect(countrySelect()).toHaveValue('US');
  });

  it('prefers defaultCountry to the browser language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    renderForm({ defaultCountry: 'IN' });
    expect(countrySelect()).toHaveValue('IN');
  });

  it('reads no browser language while rendering on a server', () => {
    const language = vi.spyOn(navigator, 'language', 'get');
    const html = renderToString(
      <QueryClientProvider client={createTestQueryClient()}>
        <PhoneOtpRequestForm
          transport={createMockTransport()}
          onCodeIssued={vi.fn()}
          locale="en"
        />
      </QueryClientProvider>,
    );
    expect(language).not.toHaveBeenCalled();
    expect(html).toContain('<option value="US" selected="">');
  });
});
