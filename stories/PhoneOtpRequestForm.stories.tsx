import { createMockTransport } from '@lsq-otp/core';
import { PhoneOtpRequestForm } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/PhoneOtpRequestForm',
  component: PhoneOtpRequestForm,
  args: {
    transport: createMockTransport(),
    onCodeIssued: fn(),
    onError: fn(),
  },
} satisfies Meta<typeof PhoneOtpRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const phoneName = { name: 'Phone number' };

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', phoneName)).toHaveValue('');
    await expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveValue(
      'US',
    );
  },
};

export const CodeIssued: Story = {
  args: { defaultCountry: 'GB' },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', phoneName),
      '07400 123456',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+44-7400123456',
      }),
    );
  },
};

export const InvalidNumber: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const input = canvas.getByRole('textbox', phoneName);
    await userEvent.type(input, '555-01');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByText('This number is too short.'),
    ).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveFocus();
    await expect(args.onCodeIssued).not.toHaveBeenCalled();
  },
};

export const Sending: Story = {
  args: {
    transport: createMockTransport({ scenario: 'slow', delayMs: 60_000 }),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByRole('button', { name: 'Sending…' }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ServerError: Story = {
  args: { transport: createMockTransport({ scenario: 'serverError' }) },
  play: async ({ args, canvas, userEvent }) => {
    const input = canvas.getByRole('textbox', phoneName);
    await userEvent.type(input, '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'The sign-in service failed. Try again.',
      ),
    );
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(input).toHaveValue('(415) 555-2671');
    await expect(input).toBeEnabled();
  },
};

export const RateLimited: Story = {
  args: { transport: createMockTransport({ scenario: 'rateLimited' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(/Too many attempts/),
    );
  },
};

export const NetworkFailure: Story = {
  args: { transport: createMockTransport({ scenario: 'networkFailure' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        /Could not reach the sign-in service/,
      ),
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', phoneName)).toBeDisabled();
    await expect(
      canvas.getByRole('button', { name: 'Send code' }),
    ).toBeDisabled();
  },
};
