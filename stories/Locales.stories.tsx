import { createMockTransport } from '@lsq-otp/core';
import {
  messagesAr,
  messagesHi,
  PhoneOtpRequestForm,
  PhoneOtpSignIn,
} from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { clearResendCooldowns } from './clear-resend-cooldowns.js';

const meta = {
  title: 'Locales',
  component: PhoneOtpRequestForm,
  args: {
    transport: createMockTransport(),
    onCodeIssued: fn(),
    colorScheme: 'light',
  },
} satisfies Meta<typeof PhoneOtpRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Horizontal position of the first and last visible character of `node`. */
function edgesOf(node: Node) {
  const text = node.textContent ?? '';
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 1);
  const first = range.getBoundingClientRect().left;
  range.setStart(node, text.length - 1);
  range.setEnd(node, text.length);
  const last = range.getBoundingClientRect().left;
  return { first, last };
}

export const ArabicRightToLeft: Story = {
  args: {
    messages: messagesAr.request,
    defaultCountry: 'AE',
  },
  play: async ({ canvas, userEvent }) => {
    const form = canvas.getByRole('button').closest('form');
    await expect(form).toHaveAttribute('dir', 'rtl');
    await expect(form).toHaveAttribute('lang', 'ar');

    const select = canvas.getByRole('combobox', { name: 'الدولة' });
    const selected = select.querySelector('option:checked');
    await expect(selected?.textContent).toContain('الإمارات');
    await expect(selected?.textContent).toContain('\u2066+971\u2069');

    const input = canvas.getByRole('textbox', { name: 'رقم الهاتف' });
    await expect(getComputedStyle(input).direction).toBe('ltr');
    await userEvent.type(input, '+44 7400 123456');

    // The confirmed number reads +44 … from left to right, never "44+".
    const number = await canvas.findByText('+44 7400 123456');
    const textNode = number.firstChild;
    if (!textNode) throw new Error('number has no text');
    const { first, last } = edgesOf(textNode);
    await expect(first).toBeLessThan(last);

    // The layout mirrors: the label sits at the right edge of the form.
    const label = canvas.getByText('رقم الهاتف');
    const formBox = (form as HTMLElement).getBoundingClientRect();
    await expect(
      Math.abs(label.getBoundingClientRect().right - formBox.right),
    ).toBeLessThan(2);
  },
};

export const ArabicValidation: Story = {
  args: { messages: messagesAr.request, defaultCountry: 'SA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'رقم الهاتف' }),
      '12',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل الرمز' }));
    await expect(await canvas.findByText('هذا الرقم قصير جدًا.')).toBeVisible();
  },
};

export const Hindi: Story = {
  args: { messages: messagesHi.request, defaultCountry: 'IN' },
  play: async ({ args, canvas, userEvent }) => {
    const form = canvas.getByRole('button').closest('form');
    await expect(form).toHaveAttribute('lang', 'hi');
    const select = canvas.getByRole('combobox', { name: 'देश' });
    await expect(select.querySelector('option:checked')?.textContent).toContain(
      'भारत',
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'फ़ोन नंबर' }),
      '98765 43210',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'कोड भेजें' }));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+91-9876543210',
      }),
    );
  },
};

/** The whole flow in Arabic, right to left, in the dark scheme. */
export const ArabicSignIn: StoryObj<typeof PhoneOtpSignIn> = {
  render: (args) => <PhoneOtpSignIn {...args} />,
  args: {
    transport: createMockTransport(),
    onSignedIn: fn(),
    defaultCountry: 'AE',
    colorScheme: 'dark',
    requestMessages: messagesAr.request,
    codeMessages: messagesAr.code,
    messages: messagesAr.signIn,
  },
  beforeEach: clearResendCooldowns,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'رقم الهاتف' }),
      '050 123 4567',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل الرمز' }));

    const sent = await canvas.findByText(/أرسلنا رمزًا إلى/);
    await expect(sent).toHaveTextContent('+971 50 123 4567');
    await expect(sent.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const code = canvas.getByRole('textbox', {
      name: 'الرمز من الرسالة النصية',
    });
    await expect(getComputedStyle(code).direction).toBe('ltr');
    await userEvent.type(code, '430897');
    await waitFor(() =>
      expect(args.onSignedIn).toHaveBeenCalledWith({
        LeadId: expect.any(String),
        AuthKey: expect.any(String),
      }),
    );
  },
};
