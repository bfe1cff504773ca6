import { createMockTransport, type MockScenario } from '@lsq-otp/core';
import { PhoneOtpRequestForm } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/PhoneOtpRequestForm/Failures',
  component: PhoneOtpRequestForm,
  args: {
    transport: createMockTransport(),
    onCodeIssued: fn(),
    onError: fn(),
  },
} satisfies Meta<typeof PhoneOtpRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const typedNumber = '4155552671';
// `typedNumber` as the input shows it once formatted for the US.
const shownNumber = '(415) 555-2671';

/** Creates a story whose play sends a number and expects `message` in the status. */
function failureStory(scenario: MockScenario, message: RegExp): Story {
  return {
    args: { transport: createMockTransport({ scenario }) },
    play: async ({ args, canvas, userEvent }) => {
      const input = canvas.getByRole('textbox', { name: 'Phone number' });
      await userEvent.type(input, typedNumber);
      await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));

      await waitFor(() =>
        expect(canvas.getByRole('status')).toHaveTextContent(message),
      );
      await expect(args.onError).toHaveBeenCalledTimes(1);
      await expect(args.onCodeIssued).not.toHaveBeenCalled();
      await expect(input).toBeEnabled();
      await expect(input).toHaveValue(shownNumber);
    },
  };
}

export const InvalidNumber = failureStory(
  'invalidNumber',
  /could not accept this number\. Invalid phone number/,
);
export const Rejected = failureStory(
  'rejected',
  /No code could be sent to this number\. Lead not found/,
);
export const Unauthorized = failureStory(
  'unauthorized',
  /not set up correctly on this site/,
);
export const Forbidden = failureStory('forbidden', /refused the request/);
export const NotFound = failureStory(
  'notFound',
  /not set up correctly on this site/,
);
export const ServerError = failureStory('serverError', /service failed/);
export const NetworkFailure = failureStory(
  'networkFailure',
  /Could not reach the sign-in service/,
);
export const Timeout = failureStory('timeout', /took too long to answer/);

export const RateLimitCountdown: Story = {
  args: {
    transport: createMockTransport({
      scenario: ['rateLimited', 'success'],
      retryAfterMs: 2_000,
    }),
  },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      typedNumber,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));

    const button = await canvas.findByRole('button', {
      name: /Send again in \d s/,
    });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Too many attempts.',
    );
    await userEvent.click(button);
    await expect(args.onCodeIssued).not.toHaveBeenCalled();

    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          'You can send a code again.',
        ),
      { timeout: 3_000 },
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(args.onCodeIssued).toHaveBeenCalledTimes(1));
  },
};

export const Offline: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      typedNumber,
    );
    Object.defineProperty(navigator, 'onLine', {
      configurable: true,
      get: () => false,
    });
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
      await expect(canvas.getByRole('status')).toHaveTextContent(
        'You are offline.',
      );
      await expect(args.onError).not.toHaveBeenCalled();
      await expect(args.onCodeIssued).not.toHaveBeenCalled();
    } finally {
      // Uncovers the browser's own getter on Navigator.prototype again.
      delete (navigator as { onLine?: boolean }).onLine;
    }
  },
};

/** Two clicks in the same task, faster than any re-render. */
export const DoubleClick: Story = {
  args: { transport: createMockTransport({ delayMs: 500 }) },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      typedNumber,
    );
    const button = canvas.getByRole('button', { name: 'Send code' });
    button.click();
    button.click();
    const form = button.closest('form');
    form?.requestSubmit();
    await waitFor(() => expect(args.onCodeIssued).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(args.onCodeIssued).toHaveBeenCalledTimes(1);
  },
};
