import {
  createMockTransport,
  type MockTransport,
  type OtpRequestError,
} from '@lsq-otp/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { PhoneOtpSignIn, type PhoneOtpSignInProps } from './PhoneOtpSignIn.js';

function renderSignIn(
  props: Partial<PhoneOtpSignInProps> & { transport?: MockTransport } = {},
) {
  const transport = props.transport ?? createMockTransport();
  const onSignedIn = vi.fn();
  const onCodeIssued = vi.fn();
  const onError = vi.fn<(error: OtpRequestError) => void>();
  const view = renderWithClient(
    <PhoneOtpSignIn
      defaultCountry="US"
      onSignedIn={onSignedIn}
      onCodeIssued={onCodeIssued}
      onError={onError}
      webOtp={false}
      {...props}
      transport={transport}
    />,
  );
  return {
    transport,
    onSignedIn,
    onCodeIssued,
    onError,
    user: userEvent.setup(),
    ...view,
  };
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const codeInput = () =>
  screen.getByRole('textbox', { name: 'Code from the SMS' });

async function sendCode(user: ReturnType<typeof userEvent.setup>) {
  await user.type(phoneInput(), '(415) 555-2671');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
}

beforeEach(() => {
  sessionStorage.clear();
});

describe('PhoneOtpSignIn', () => {
  it('signs in from number to code', async () => {
    const { user, transport, onSignedIn, onCodeIssued } = renderSignIn();
    await sendCode(user);

    const confirmation = await screen.findByText(/We sent a code to/);
    expect(confirmation).toHaveTextContent(
      'We sent a code to +1 415 555 2671.',
    );
    expect(confirmation).toHaveAttribute('role', 'status');
    expect(codeInput()).toHaveFocus();
    expect(onCodeIssued).toHaveBeenCalledWith({
      Code: 'mock-code-1',
      FieldContent: '+1-4155552671',
    });

    await user.type(codeInput(), '430897');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn).toHaveBeenCalledWith({
      LeadId: 'mock-lead-1',
      AuthKey: 'mock-auth-key-1',
    });
    expect(transport.signInCalls).toEqual([
      { Otp: '430897', FieldContent: '+1-4155552671', Code: 'mock-code-1' },
    ]);
    expect(
      screen.getByRole('button', { name: 'Change number' }),
    ).toBeDisabled();
  });

  it('goes back to the number on change number', async () => {
    const { user } = renderSignIn();
    await sendCode(user);
    await user.click(
      await screen.findByRole('button', { name: 'Change number' }),
    );

    expect(phoneInput()).toHaveFocus();
    expect(screen.queryByText(/We sent a code to/)).not.toBeInTheDocument();
  });

  it('keeps the cooldown for the number after a reload', async () => {
    const first = renderSignIn();
    await sendCode(first.user);
    await screen.findByText(/We sent a code to/);
    first.unmount();

    const { user, transport, onError } = renderSignIn({
      transport: first.transport,
    });
    await sendCode(user);

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0].kind).toBe('rateLimited');
    expect(onError.mock.calls[0]?.[0].retryAfterMs).toBeGreaterThan(55_000);
    expect(transport.calls).toHaveLength(1);
  });

  it('sends to another number during the cooldown', async () => {
    const { user, transport } = renderSignIn();
    await sendCode(user);
    await user.click(
      await screen.findByRole('button', { name: 'Change number' }),
    );
    await user.type(phoneInput(), '(201) 555-0123');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    expect(await screen.findByText(/We sent a code to/)).toHaveTextContent(
      'We sent a code to +1 201 555 0123.',
    );
    expect(transport.calls).toHaveLength(2);
  });

  it('passes a wrong code to onError and stays', async () => {
    const { user, onError, onSignedIn } = renderSignIn({
      transport: createMockTransport({ signInScenario: 'invalidOtp' }),
    });
    await sendCode(user);
    await user.type(await screen.findByRole('textbox'), '111111');

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0].kind).toBe('invalidOtp');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
  });

  it('replaces the texts of each step', async () => {
    const { user } = renderSignIn({
      requestMessages: { submit: 'Text me' },
      codeMessages: { label: 'SMS code' },
      messages: { changeNumber: 'Use another number' },
    });
    await user.type(phoneInput(), '4155552671');
    await user.click(screen.getByRole('button', { name: 'Text me' }));

    expect(
      await screen.findByRole('textbox', { name: 'SMS code' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Use another number' }),
    ).toBeInTheDocument();
  });
});
