import { createMockTransport } from '@lsq-otp/core';
import { OtpCodeForm } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { clearResendCooldowns } from './clear-resend-cooldowns.js';

const meta = {
  title: 'Components/OtpCodeForm',
  component: OtpCodeForm,
  args: {
    issued: { Code: 'story-code', FieldContent: '+1-4155552671' },
    transport: createMockTransport(),
    onSignedIn: fn(),
    onCodeIssued: fn(),
    onError: fn(),
  },
  beforeEach: clearResendCooldowns,
} satisfies Meta<typeof OtpCodeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const codeName = { name: 'Code from the SMS' };

export const Empty: Story = {
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', codeName);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
  },
};

export const SignsIn: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', codeName), '430897');
    await waitFor(() =>
      expect(args.onSignedIn).toHaveBeenCalledWith({
        LeadId: expect.any(String),
        AuthKey: expect.any(String),
      }),
    );
    await expect(await canvas.findByText('Signed in.')).toBeVisible();
  },
};

export const PastedSms: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('textbox', codeName));
    await userEvent.paste("Your code is 430897. Don't share it.");
    await expect(canvas.getByRole('textbox', codeName)).toHaveValue('430897');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledTimes(1));
  },
};

export const SigningIn: Story = {
  args: { transport: createMockTransport({ delayMs: 60_000 }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', codeName), '430897');
    await expect(
      await canvas.findByRole('button', { name: 'Signing in…' }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

export const WrongCode: Story = {
  args: { transport: createMockTransport({ signInScenario: 'invalidOtp' }) },
  play: async ({ args, canvas, userEvent }) => {
    const input = canvas.getByRole('textbox', codeName);
    await userEvent.type(input, '111111');
    await expect(
      await canvas.findByText(
        'That code is wrong. Check the SMS and try again.',
      ),
    ).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const ExpiredCode: Story = {
  args: { transport: createMockTransport({ signInScenario: 'expiredOtp' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', codeName), '430897');
    await expect(
      await canvas.findByText(
        'That code has expired or was already used. Send a new code.',
      ),
    ).toBeVisible();
  },
};

export const NetworkFailure: Story = {
  args: {
    transport: createMockTransport({ signInScenario: 'networkFailure' }),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', codeName), '430897');
    await expect(
      await canvas.findByText(/Could not reach the sign-in service/),
    ).toBeVisible();
  },
};

export const ResendCooldown: Story = {
  play: async ({ canvas }) => {
    const resend = canvas.getByRole('button', { name: 'Send a new code' });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveAccessibleDescription(
      /You can send a new code in (60|59) s\./,
    );
  },
};

export const Resent: Story = {
  args: { resendCooldownMs: 1_000 },
  play: async ({ args, canvas, userEvent }) => {
    const resend = canvas.getByRole('button', { name: 'Send a new code' });
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'), {
      timeout: 3_000,
    });
    await userEvent.click(resend);
    await expect(await canvas.findByText('We sent a new code.')).toBeVisible();
    await expect(args.onCodeIssued).toHaveBeenCalledTimes(1);
  },
};

export const ResendRateLimited: Story = {
  args: {
    resendCooldownMs: 1_000,
    transport: createMockTransport({
      scenario: 'rateLimited',
      retryAfterMs: 90_000,
    }),
  },
  play: async ({ canvas, userEvent }) => {
    const resend = canvas.getByRole('button', { name: 'Send a new code' });
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'), {
      timeout: 3_000,
    });
    await userEvent.click(resend);
    await expect(
      await canvas.findByText('Too many requests. Wait, then send a new code.'),
    ).toBeVisible();
    await expect(resend).toHaveAccessibleDescription(
      /You can send a new code in (90|89) s\./,
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', codeName)).toBeDisabled();
    await expect(
      canvas.getByRole('button', { name: 'Sign in' }),
    ).toBeDisabled();
  },
};
