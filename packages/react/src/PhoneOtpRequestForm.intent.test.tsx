import {
  createMockTransport,
  type MockTransportOptions,
  OtpRequestError,
} from '@lsq-otp/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';

function renderForm(options: MockTransportOptions = {}) {
  const transport = createMockTransport(options);
  const onCodeIssued = vi.fn();
  const onError = vi.fn();
  renderWithClient(
    <PhoneOtpRequestForm
      transport={transport}
      onCodeIssued={onCodeIssued}
      onError={onError}
    />,
  );
  return { transport, onCodeIssued, onError, user: userEvent.setup() };
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const submitButton = () => screen.getByRole('button');
const status = () => screen.getByRole('status');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('one request per intent', () => {
  it('sends once for Enter twice', async () => {
    const { user, transport } = renderForm({ delayMs: 200 });
    await user.type(phoneInput(), '4155552671');
    await user.keyboard('{Enter}{Enter}');
    await sleep(300);
    expect(transport.calls).toHaveLength(1);
  });

  it('sends once for Enter then a click', async () => {
    const { user, transport } = renderForm({ delayMs: 200 });
    await user.type(phoneInput(), '4155552671');
    await user.keyboard('{Enter}');
    await user.click(submitButton());
    await sleep(300);
    expect(transport.calls).toHaveLength(1);
  });

  it('stays busy until a slow failure ends', async () => {
    // The response is held until the test releases it, however slow the run.
    let fail: (error: OtpRequestError) => void = () => {};
    const transport = {
      ...createMockTransport(),
      requestSigninOtp: () =>
        new Promise<never>((_resolve, reject) => {
          fail = reject;
        }),
    };
    const onError = vi.fn();
    renderWithClient(
      <PhoneOtpRequestForm
        transport={transport}
        onCodeIssued={vi.fn()}
        onError={onError}
      />,
    );
    const user = userEvent.setup();
    await user.type(phoneInput(), '4155552671');
    await user.click(submitButton());

    expect(submitButton()).toHaveAccessibleName('Sending…');
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    await sleep(150);
    expect(submitButton()).toHaveAccessibleName('Sending…');

    act(() => fail(new OtpRequestError('server', { status: 500 })));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(submitButton()).toHaveAccessibleName('Send code');
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    expect(status()).toHaveTextContent('The sign-in service failed.');
  });

  it('sends again after a failure on the next click', async () => {
    const { user, transport, onCodeIssued } = renderForm({
      scenario: ['serverError', 'success'],
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(submitButton());
    await waitFor(() => expect(status()).not.toBeEmptyDOMElement());
    await user.click(submitButton());
    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(transport.calls).toHaveLength(2);
  });
});

describe('offline', () => {
  it('says so and sends nothing', async () => {
    const { user, transport } = renderForm();
    await user.type(phoneInput(), '4155552671');
    setOnline(false);
    await user.click(submitButton());

    expect(status()).toHaveTextContent('You are offline.');
    expect(submitButton()).toHaveAccessibleName('Send code');
    expect(transport.calls).toHaveLength(0);
  });

  it('does not send by itself once back online', async () => {
    const { user, transport, onCodeIssued } = renderForm();
    await user.type(phoneInput(), '4155552671');
    setOnline(false);
    await user.click(submitButton());
    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await sleep(50);
    expect(transport.calls).toHaveLength(0);
    expect(status()).not.toHaveTextContent('You are offline.');

    await user.click(submitButton());
    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(transport.calls).toHaveLength(1);
  });

  it('names a network failure while offline as offline', async () => {
    const { user } = renderForm({ scenario: 'networkFailure', delayMs: 50 });
    await user.type(phoneInput(), '4155552671');
    await user.click(submitButton());
    setOnline(false);
    await waitFor(() => expect(status()).toHaveTextContent('You are offline.'));
  });
});

describe('rate limited', () => {
  it('counts down and refuses to send until the end', async () => {
    const { user, transport, onCodeIssued } = renderForm({
      scenario: ['rateLimited', 'success'],
      retryAfterMs: 2_000,
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(submitButton());

    // The first figure is 2, or 1 when the machine is slow to render it.
    await waitFor(() =>
      expect(submitButton()).toHaveAccessibleName(/^Send again in [12] s$/),
    );
    expect(status()).toHaveTextContent('Too many attempts.');
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');

    await user.click(submitButton());
    await user.keyboard('{Enter}');
    expect(transport.calls).toHaveLength(1);

    await waitFor(
      () => expect(submitButton()).toHaveAccessibleName('Send again in 1 s'),
      { timeout: 2_000 },
    );
    await waitFor(
      () => expect(status()).toHaveTextContent('You can send a code again.'),
      { timeout: 2_000 },
    );
    expect(submitButton()).toHaveAccessibleName('Send code');

    await user.click(submitButton());
    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(transport.calls).toHaveLength(2);
  });

  it('keeps counting down when the number is edited', async () => {
    const { user } = renderForm({
      scenario: 'rateLimited',
      retryAfterMs: 3_000,
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(submitButton());
    await waitFor(() =>
      expect(submitButton()).toHaveAccessibleName(/Send again in/),
    );
    await user.type(phoneInput(), '{Backspace}1');
    expect(submitButton()).toHaveAccessibleName(/Send again in/);
  });
});
