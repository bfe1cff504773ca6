import { createMockTransport } from '@lsq-otp/core';
import { PhoneOtpRequestForm } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/PhoneOtpRequestForm/Phone entry',
  component: PhoneOtpRequestForm,
  args: {
    transport: createMockTransport(),
    onCodeIssued: fn(),
    onError: fn(),
    locale: 'en',
  },
} satisfies Meta<typeof PhoneOtpRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const phoneInput = (canvas: Canvas) =>
  canvas.getByRole<HTMLInputElement>('textbox', { name: 'Phone number' });
const countrySelect = (canvas: Canvas) =>
  canvas.getByRole('combobox', { name: 'Country' });
const sendButton = (canvas: Canvas) =>
  canvas.getByRole('button', { name: 'Send code' });

// Fills the input the way browser autofill does: the whole value replaced at
// once, then one `input` event of type `insertReplacementText`. The native
// setter bypasses React's value tracking, as the browser's own write does.
function autofill(input: HTMLInputElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(
    HTMLInputElement.prototype,
    'value',
  )?.set;
  setValue?.call(input, value);
  input.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      inputType: 'insertReplacementText',
      data: value,
    }),
  );
}

/** A full international number pasted while another country is selected. */
export const PasteFromAnotherCountry: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.click(input);
    await userEvent.paste('+1 (415) 555-2671');

    await expect(countrySelect(canvas)).toHaveValue('US');
    await expect(input).toHaveValue('+1 415 555 2671');
    await expect(input.selectionStart).toBe(input.value.length);

    await userEvent.click(sendButton(canvas));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+1-4155552671',
      }),
    );
  },
};

/** Pasted text with odd characters, each read as the plain number. */
export const PasteOddCharacters: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ canvas, userEvent }) => {
    const input = phoneInput(canvas);
    const pasted = [
      ['＋４４７４００１２３４５６', '+44 7400 123456'],
      ['+４４　７４００　１２３４５６', '+44 7400 123456'],
      ['\u202A+44 7400 123456\u202C', '+44 7400 123456'],
      ['\u200E+44 7400 123456', '+44 7400 123456'],
      ['\u2068+44 7400 123456\u2069', '+44 7400 123456'],
      ['+1 \uFE0D-201-555-0123', '+1 201 555 0123'],
      ['+44\u202F20\u20097946\t0958\n', '+44 20 7946 0958'],
      [' +44\u00A020\u00A07946\u00A00958', '+44 20 7946 0958'],
      ['tel:+1-201-555-0123', '+1 201 555 0123'],
      ['+44 (0) 20 7946 0958', '+44 20 7946 0958'],
    ];

    for (const [text, shown] of pasted) {
      await userEvent.clear(input);
      await userEvent.paste(text ?? '');
      await expect(input).toHaveValue(shown);
      await expect(input).toHaveAccessibleDescription(
        expect.stringContaining(`We’ll text a one-time code to ${shown}.`),
      );
    }
  },
};

/** Arabic-Indic digits typed key by key are taken, shown as ASCII. */
export const TypeArabicIndicDigits: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.type(input, '+٤٤٧٤٠٠١٢٣٤٥٦');

    await expect(input).toHaveValue('+44 7400 123456');
    await expect(countrySelect(canvas)).toHaveValue('GB');
    await userEvent.click(sendButton(canvas));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+44-7400123456',
      }),
    );
  },
};

/** `00` typed for `+`: an exit code in GB, but not in the US. */
export const TypeExitCode: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.type(input, '00 44 20 7946 0958');
    await expect(input).toHaveValue('+44 20 7946 0958');

    await userEvent.clear(input);
    await userEvent.selectOptions(countrySelect(canvas), 'US');
    await userEvent.type(input, '00 44 20 7946 0958');
    await userEvent.click(sendButton(canvas));
    await expect(
      await canvas.findByText('This number is too long.'),
    ).toBeVisible();
    await expect(args.onCodeIssued).not.toHaveBeenCalled();
  },
};

/** An exit code pasted at once, read in the selected country first. */
export const PasteExitCode: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.click(input);
    await userEvent.paste('011 44 20 7946 0958');
    await expect(input).toHaveValue('+44 20 7946 0958');
    await expect(countrySelect(canvas)).toHaveValue('GB');

    await userEvent.clear(input);
    await userEvent.selectOptions(countrySelect(canvas), 'GB');
    await userEvent.click(input);
    await userEvent.paste('00 1 415 555 2671');
    await expect(input).toHaveValue('+1 415 555 2671');
    await expect(countrySelect(canvas)).toHaveValue('US');

    await userEvent.click(sendButton(canvas));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+1-4155552671',
      }),
    );
  },
};

/** Pasted text that no SMS can reach, each rejected with its own message. */
export const PasteRejected: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    const pasted = [
      ['+1 201 555 0123 x123', /cannot reach an extension/],
      ['+44 20 7946 0958 #123', /cannot reach an extension/],
      ['📞 +44 7400 123456', /Remove the symbols/],
      ['+44 74😀00 123456', /Remove the symbols/],
      ['++44 7400 123456', /Remove the symbols/],
      ['+1-201-555-0123; DROP TABLE', /Remove the letters/],
      ['070 123 45 67 (Axel)', /Remove the letters/],
      ['0232032323323223222', /too long/],
    ] as const;

    for (const [text, message] of pasted) {
      await userEvent.clear(input);
      await userEvent.paste(text);
      await expect(input).toHaveValue(text);
      await userEvent.click(sendButton(canvas));
      await waitFor(() => expect(canvas.getByText(message)).toBeVisible());
      await expect(input).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(args.onCodeIssued).not.toHaveBeenCalled();
  },
};

/** A pasted block of 100,000 characters: rejected at once, never cut down. */
export const PasteHugeText: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    const text = '7'.repeat(100_000);
    await userEvent.click(input);

    const started = performance.now();
    await userEvent.paste(text);
    await userEvent.click(sendButton(canvas));
    await expect(
      await canvas.findByText('This number is too long.'),
    ).toBeVisible();
    await expect(performance.now() - started).toBeLessThan(2_000);

    await expect(input.value).toHaveLength(100_000);
    await expect(args.onCodeIssued).not.toHaveBeenCalled();
  },
};

/**
 * A digit fixed in the middle of a formatted number while the error state
 * flips: the caret stays beside the edit and the input keeps its focus.
 */
export const FixDigitInTheMiddle: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.type(input, '+44 7400 12345');
    await userEvent.click(sendButton(canvas));
    await expect(input).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(input, '6');
    await expect(input).toHaveValue('+44 7400 123456');
    await expect(input).not.toHaveAttribute('aria-invalid');

    // The caret after "+44 74".
    input.setSelectionRange(6, 6);
    await userEvent.keyboard('{Backspace}');
    await expect(input.selectionStart).toBe(5);
    await expect(input).toHaveAttribute('aria-invalid', 'true');

    await userEvent.keyboard('5');
    await expect(input).toHaveValue('+44 7500 123456');
    await expect(input.selectionStart).toBe(6);
    await expect(input.selectionEnd).toBe(6);
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(input).toHaveFocus();
    await expect(phoneInput(canvas)).toBe(input);
  },
};

/** Backspace over a separator removes the digit before it. */
export const BackspaceOverSeparator: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ canvas, userEvent }) => {
    const input = phoneInput(canvas);
    await userEvent.type(input, '4155552671');
    await expect(input).toHaveValue('(415) 555-2671');

    // The caret after "(415) 555-".
    input.setSelectionRange(10, 10);
    await userEvent.keyboard('{Backspace}');
    await expect(input).toHaveValue('(415) 552-671');
    await expect(input.selectionStart).toBe(8);
    await expect(input).toHaveFocus();
  },
};

/** Browser autofill replacing the whole value, focused and not. */
export const Autofill: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ args, canvas, userEvent }) => {
    const input = phoneInput(canvas);
    autofill(input, '+447400123456');
    await waitFor(() => expect(input).toHaveValue('+44 7400 123456'));
    await expect(countrySelect(canvas)).toHaveValue('GB');

    await userEvent.click(input);
    autofill(input, '+1 (415) 555-2671');
    await waitFor(() => expect(input).toHaveValue('+1 415 555 2671'));
    await expect(input.selectionStart).toBe(input.value.length);
    await expect(countrySelect(canvas)).toHaveValue('US');

    await userEvent.click(sendButton(canvas));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+1-4155552671',
      }),
    );
  },
};

/** In a right-to-left page the number to text still reads `+44 …`. */
export const ConfirmationRightToLeft: Story = {
  args: {
    defaultCountry: 'GB',
    locale: 'ar',
    messages: { confirmNumber: (number) => <>سنرسل رمزًا إلى {number}</> },
  },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(phoneInput(canvas), '020 7946 0958');
    const number = canvas.getByText('+44 20 7946 0958');
    await expect(number.tagName).toBe('BDI');
    await expect(getComputedStyle(number).direction).toBe('ltr');

    // The plus sign renders left of the first digit.
    const text = number.firstChild;
    if (!text) throw new Error('the number has no text');
    const plus = document.createRange();
    plus.setStart(text, 0);
    plus.setEnd(text, 1);
    const digit = document.createRange();
    digit.setStart(text, 1);
    digit.setEnd(text, 2);
    await expect(plus.getBoundingClientRect().left).toBeLessThan(
      digit.getBoundingClientRect().left,
    );
  },
};

/** Countries the page expects most, listed first. */
export const PreferredCountries: Story = {
  args: { preferredCountries: ['IN', 'GB', 'US'] },
  play: async ({ canvas }) => {
    const options = canvas.getAllByRole('option');
    await expect(
      options.slice(0, 3).map((option) => option.textContent),
    ).toEqual([
      'India (\u2066+91\u2069)',
      'United Kingdom (\u2066+44\u2069)',
      'United States (\u2066+1\u2069)',
    ]);
  },
};
