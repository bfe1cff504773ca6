import { createMockTransport } from '@lsq-otp/core';
import { PhoneOtpSignIn } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { clearResendCooldowns } from './clear-resend-cooldowns.js';

const meta = {
  title: 'Components/PhoneOtpSignIn',
  component: PhoneOtpSignIn,
  args: {
    transport: createMockTransport(),
    defaultCountry: 'US',
    onSignedIn: fn(),
    onCodeIssued: fn(),
    onError: fn(),
  },
  beforeEach: clearResendCooldowns,
} satisfies Meta<typeof PhoneOtpSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

const phoneName = { name: 'Phone number' };
const codeName = { name: 'Code from the SMS' };

export const PhoneStep: Story = {};

export const CodeStep: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByText(/We sent a code to/),
    ).toHaveTextContent('We sent a code to +1 415 555 2671.');
    await expect(canvas.getByRole('textbox', codeName)).toHaveFocus();
  },
};

export const SignsIn: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await userEvent.type(
      await canvas.findByRole('textbox', codeName),
      '430897',
    );
    await waitFor(() =>
      expect(args.onSignedIn).toHaveBeenCalledWith({
        LeadId: expect.any(String),
        AuthKey: expect.any(String),
      }),
    );
  },
};

export const WrongCode: Story = {
  args: { transport: createMockTransport({ signInScenario: 'invalidOtp' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await userEvent.type(
      await canvas.findByRole('textbox', codeName),
      '111111',
    );
    await expect(await canvas.findByText(/That code is wrong/)).toBeVisible();
  },
};

export const ChangeNumber: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', phoneName), '4155552671');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Change number' }),
    );
    await expect(canvas.getByRole('textbox', phoneName)).toHaveFocus();
  },
};
