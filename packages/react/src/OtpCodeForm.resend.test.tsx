import {
  createMockTransport,
  type MockTransport,
  resendCooldownKey,
} from '@lsq-otp/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { OtpCodeForm, type OtpCodeFormProps } from './OtpCodeForm.js';

const issued = { Code: 'issued-code', FieldContent: '+1-4155552671' };

function renderForm(
  props: Partial<OtpCodeFormProps> & { transport?: MockTransport } = {},
) {
  const transport = props.transport ?? createMockTransport();
  const onSignedIn = vi.fn();
  const onCodeIssued = vi.fn();
  const view = renderWithClient(
    <OtpCodeForm
      issued={issued}
      onSignedIn={onSignedIn}
      onCodeIssued={onCodeIssued}
      webOtp={false}
      {...props}
      transport={transport}
    />,
  );
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  return { transport, onSignedIn, onCodeIssued, user, ...view };
}

const resendButton = () =>
  screen.getByRole('button', { name: /Send a new code|Sending/ });
const codeInput = () =>
  screen.getByRole('textbox', { name: 'Code from the SMS' });
// The resend status is the form's last status region.
const status = () => screen.getAllByRole('status').at(-1);

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('OtpCodeForm resend', () => {
  it('waits out the cooldown with a visible countdown', () => {
    renderForm();
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(resendButton()).toHaveAccessibleDescription(
      'You can send a new code in 60 s.',
    );

    advance(21_000);
    expect(resendButton()).toHaveAccessibleDescription(
      'You can send a new code in 39 s.',
    );

    advance(39_000);
    expect(resendButton()).not.toHaveAttribute('aria-disabled');
    expect(resendButton()).toHaveAccessibleDescription('');
  });

  it('announces the start and end once each', () => {
    renderForm();
    const region = status();
    expect(region).toHaveTextContent('You can send a new code in 60 seconds.');
    advance(30_000);
    expect(region).toHaveTextContent('You can send a new code in 60 seconds.');
    advance(30_000);
    expect(region).toHaveTextContent('You can send a new code now.');
  });

  it('sends nothing while cooling down', async () => {
    const { user, transport } = renderForm();
    await user.click(resendButton());
    expect(transport.calls).toHaveLength(0);
  });

  it('signs in with the new Code after a resend', async () => {
    const { user, transport, onCodeIssued } = renderForm({
      resendCooldownMs: 1_000,
    });
    advance(1_000);
    await user.click(resendButton());

    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(transport.calls).toEqual([
      { FieldSchemaName: 'Phone', FieldContent: '+1-4155552671' },
    ]);
    expect(onCodeIssued).toHaveBeenCalledWith({
      Code: 'mock-code-1',
      FieldContent: '+1-4155552671',
    });
    expect(status()).toHaveTextContent('We sent a new code.');
    expect(codeInput()).toHaveFocus();

    await user.type(codeInput(), '430897');
    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
    expect(transport.signInCalls[0]?.Code).toBe('mock-code-1');
  });

  it('restarts the cooldown after a resend', async () => {
    const { user } = renderForm({ resendCooldownMs: 1_000 });
    advance(1_000);
    await user.click(resendButton());
    await waitFor(() =>
      expect(resendButton()).toHaveAttribute('aria-disabled', 'true'),
    );
    expect(resendButton()).toHaveAccessibleDescription(
      'You can send a new code in 1 s.',
    );
  });

  it('lets the same digits submit again for a new Code', async () => {
    const transport = createMockTransport({
      signInScenario: ['expiredOtp', 'success'],
    });
    const { user } = renderForm({ transport, resendCooldownMs: 1_000 });
    await user.type(codeInput(), '430897');
    await screen.findByText(/expired/);

    advance(1_000);
    await user.click(resendButton());
    await waitFor(() => expect(codeInput()).toHaveValue(''));
    await user.type(codeInput(), '430897');
    await waitFor(() => expect(transport.signInCalls).toHaveLength(2));
  });

  it('waits the server retryAfterMs after a rate limit', async () => {
    const transport = createMockTransport({
      scenario: 'rateLimited',
      retryAfterMs: 90_000,
    });
    const { user } = renderForm({ transport, resendCooldownMs: 1_000 });
    advance(1_000);
    await user.click(resendButton());

    await waitFor(() =>
      expect(resendButton()).toHaveAccessibleDescription(
        'You can send a new code in 90 s.',
      ),
    );
    expect(status()).toHaveTextContent(
      'Too many requests. Wait, then send a new code.',
    );
  });

  it('keeps the cooldown across a remount', () => {
    const first = renderForm();
    advance(15_000);
    first.unmount();

    renderForm();
    expect(resendButton()).toHaveAccessibleDescription(
      'You can send a new code in 45 s.',
    );
  });

  it('stores only a hashed key and a time', () => {
    renderForm();
    expect(sessionStorage.length).toBe(1);
    const key = sessionStorage.key(0) ?? '';
    expect(key).toBe(resendCooldownKey(issued.FieldContent));
    expect(key).not.toContain('4155552671');
    expect(sessionStorage.getItem(key)).toMatch(/^\d+$/);
  });

  it('ends the cooldown at sign-in', async () => {
    const { user, onSignedIn } = renderForm();
    await user.type(codeInput(), '430897');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(sessionStorage.length).toBe(0);
    expect(resendButton()).toBeDisabled();
  });
});
