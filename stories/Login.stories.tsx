import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { clearResendCooldowns } from './clear-resend-cooldowns.js';
import { createStoryTransport, LoginPage } from './pages/LoginPage.js';

function LoginStory() {
  const [transport] = useState(createStoryTransport);
  return <LoginPage transport={transport} />;
}

const meta = {
  title: 'Pages/Login',
  component: LoginStory,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof LoginStory>;

export default meta;
type Story = StoryObj<typeof meta>;

interface OutboxEntry {
  to: string;
  otp: string;
  sentAt: string;
}

/** The page as a person uses it. */
export const Login: Story = {};

/** The same page, filled in and sent by its play function. */
export const SendsCode: Story = {
  // A cooldown left by an earlier run in this tab would block the send.
  // `Login` keeps its cooldowns, so a reload of the page cannot skip them.
  beforeEach: clearResendCooldowns,
  play: async ({ canvas, userEvent }) => {
    const startedAt = new Date().toISOString();
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      '(415) 555-2671',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));

    await expect(
      await canvas.findByText(/We sent a code to/, {}, { timeout: 5_000 }),
    ).toHaveTextContent('We sent a code to +1 415 555 2671.');

    // The mock portal's outbox replaces the lead's phone.
    await waitFor(async () => {
      const response = await fetch('/mock-portal/__mock/outbox');
      const outbox = (await response.json()) as OutboxEntry[];
      const sent = outbox.filter(
        (entry) => entry.to === '+1-4155552671' && entry.sentAt >= startedAt,
      );
      await expect(sent.length).toBeGreaterThan(0);
    });
  },
};

/** The whole sign-in, reading the OTP from the mock portal's outbox. */
export const SignsIn: Story = {
  beforeEach: clearResendCooldowns,
  play: async ({ canvas, userEvent }) => {
    const startedAt = new Date().toISOString();
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      '(201) 555-0123',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const codeInput = await canvas.findByRole(
      'textbox',
      { name: 'Code from the SMS' },
      { timeout: 5_000 },
    );

    let otp = '';
    await waitFor(async () => {
      const response = await fetch('/mock-portal/__mock/outbox');
      const outbox = (await response.json()) as OutboxEntry[];
      const sent = outbox.filter(
        (entry) => entry.to === '+1-2015550123' && entry.sentAt >= startedAt,
      );
      otp = sent.at(-1)?.otp ?? '';
      await expect(otp).toMatch(/^\d{6}$/);
    });
    await userEvent.type(codeInput, otp);

    await expect(
      await canvas.findByText(/Signed in as lead/, {}, { timeout: 5_000 }),
    ).toHaveTextContent(/^Signed in as lead [0-9a-f-]{36}$/);
  },
};
