import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
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

    // The mock portal's outbox stands in for the lead's phone.
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
