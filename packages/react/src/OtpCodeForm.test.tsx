import {
  createMockTransport,
  type MockScenario,
  type MockTransport,
  type OtpRequestError,
} from '@lsq-otp/core';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { OtpCodeForm, type OtpCodeFormProps } from './OtpCodeForm.js';

const issued = { Code: 'issued-code', FieldContent: '+1-4155552671' };

function renderForm(
  props: Partial<OtpCodeFormProps> & {
    transport?: MockTransport;
    signInScenario?: MockScenario | MockScenario[];
  } = {},
) {
  const { signInScenario, ...formProps } = props;
  const transport = props.transport ?? createMockTransport({ signInScenario });
  const onSignedIn = vi.fn();
  const onError = vi.fn<(error: OtpRequestError) => void>();
  const view = renderWithClient(
    <OtpCodeForm
      issued={issued}
      onSignedIn={onSignedIn}
      onError={onError}
      webOtp={false}
      {...formProps}
      transport={transport}
    />,
  );
  return { transport, onSignedIn, onError, user: userEvent.setup(), ...view };
}

const codeInput = () =>
  screen.getByRole('textbox', { name: 'Code from the SMS' });
const signInButton = () => screen.getByRole('button', { name: /Sign/ });
const errorText = () =>
  document.getElementById(
    codeInput().getAttribute('aria-describedby')?.split(' ')[1] ?? '',
  );

beforeEach(() => {
  sessionStorage.clear();
});

describe('OtpCodeForm', () => {
  it('labels a one-time-code input', () => {
    renderForm();
    expect(codeInput()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeInput()).toHaveAttribute('inputmode', 'numeric');
    expect(codeInput()).toHaveAccessibleDescription(
      /Enter the 6-digit code we texted you/,
    );
  });

  it('forwards the ref to the input', () => {
    const ref = createRef<HTMLInputElement>();
    renderWithClient(
      <OtpCodeForm
        ref={ref}
        issued={issued}
        onSignedIn={() => {}}
        transport={createMockTransport()}
      />,
    );
    expect(ref.current).toBe(codeInput());
  });

  it('signs in once the sixth digit is typed', async () => {
    const { user, transport, onSignedIn } = renderForm();
    await user.type(codeInput(), '43089');
    expect(transport.signInCalls).toHaveLength(0);
    await user.type(codeInput(), '7');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn).toHaveBeenCalledWith({
      LeadId: 'mock-lead-1',
      AuthKey: 'mock-auth-key-1',
    });
    expect(transport.signInCalls).toEqual([
      { Otp: '430897', FieldContent: '+1-4155552671', Code: 'issued-code' },
    ]);
    expect(await screen.findByText('Signed in.')).toBeVisible();
  });

  it('ignores letters and extra digits', async () => {
    const { user, transport } = renderForm({
      transport: createMockTransport({ delayMs: 60_000 }),
    });
    await user.type(codeInput(), '43a08 97');
    expect(codeInput()).toHaveValue('430897');
    await user.type(codeInput(), '1');
    expect(codeInput()).toHaveValue('430897');
    expect(transport.signInCalls).toHaveLength(1);
  });

  it('takes the code out of a pasted SMS', async () => {
    const { user, transport } = renderForm();
    await user.click(codeInput());
    await user.paste("Your code is 430897. Don't share it.");

    expect(codeInput()).toHaveValue('430897');
    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
    expect(transport.signInCalls[0]?.Otp).toBe('430897');
  });

  it('keeps the value when pasted text has no code', async () => {
    const { user, transport } = renderForm();
    await user.type(codeInput(), '43');
    await user.paste('no code here');
    expect(codeInput()).toHaveValue('43');
    expect(transport.signInCalls).toHaveLength(0);
  });

  it('asks for every digit on an early submit', async () => {
    const { user, transport } = renderForm();
    await user.type(codeInput(), '430{Enter}');

    expect(errorText()).toHaveTextContent('Enter all 6 digits of the code.');
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(transport.signInCalls).toHaveLength(0);
  });

  it('sends one request for a code and two submits', async () => {
    const { transport } = renderForm({
      transport: createMockTransport({ delayMs: 60_000 }),
    });
    const form = codeInput().closest('form') as HTMLFormElement;
    act(() => {
      fireEvent.change(codeInput(), { target: { value: '430897' } });
    });
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });

    expect(
      await screen.findByRole('button', { name: 'Signing in…' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(transport.signInCalls).toHaveLength(1);
    expect(codeInput()).toHaveAttribute('readonly');
    expect(errorText()).toHaveTextContent('');
  });

  describe('given a wrong code', () => {
    it('says so and marks the input invalid', async () => {
      const { user, onError } = renderForm({ signInScenario: 'invalidOtp' });
      await user.type(codeInput(), '111111');

      await waitFor(() =>
        expect(errorText()).toHaveTextContent(
          'That code is wrong. Check the SMS and try again.',
        ),
      );
      expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
      expect(codeInput()).toHaveAccessibleDescription(/That code is wrong/);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0].kind).toBe('invalidOtp');
    });

    it('clears the message on the next edit', async () => {
      const { user } = renderForm({ signInScenario: 'invalidOtp' });
      await user.type(codeInput(), '111111');
      await waitFor(() => expect(errorText()).toHaveTextContent(/wrong/));
      await user.type(codeInput(), '{Backspace}');
      expect(errorText()).toHaveTextContent('');
      expect(codeInput()).not.toHaveAttribute('aria-invalid');
    });

    it('submits the same code again only on request', async () => {
      const { user, transport } = renderForm({
        signInScenario: ['invalidOtp', 'success'],
      });
      await user.type(codeInput(), '111111');
      await waitFor(() => expect(errorText()).toHaveTextContent(/wrong/));
      await user.type(codeInput(), '{Backspace}1');
      expect(transport.signInCalls).toHaveLength(1);

      await user.click(signInButton());
      await waitFor(() => expect(transport.signInCalls).toHaveLength(2));
    });

    it('submits a different complete code', async () => {
      const { user, transport } = renderForm({
        signInScenario: ['invalidOtp', 'success'],
      });
      await user.type(codeInput(), '111111');
      await waitFor(() => expect(errorText()).toHaveTextContent(/wrong/));
      await user.type(codeInput(), '{Backspace}2');
      await waitFor(() => expect(transport.signInCalls).toHaveLength(2));
      expect(transport.signInCalls[1]?.Otp).toBe('111112');
    });
  });

  it('says an expired code needs a new one', async () => {
    const { user } = renderForm({ signInScenario: 'expiredOtp' });
    await user.type(codeInput(), '430897');
    await waitFor(() =>
      expect(errorText()).toHaveTextContent(
        'That code has expired or was already used. Send a new code.',
      ),
    );
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a network failure without marking the input', async () => {
    const { user } = renderForm({ signInScenario: 'networkFailure' });
    await user.type(codeInput(), '430897');
    await waitFor(() =>
      expect(errorText()).toHaveTextContent(/Could not reach/),
    );
    expect(codeInput()).not.toHaveAttribute('aria-invalid');
  });

  it('takes another length', async () => {
    const { user, transport } = renderForm({ length: 4 });
    expect(codeInput()).toHaveAccessibleDescription(/4-digit code/);
    await user.type(codeInput(), '4308');
    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
  });

  it('rejects an impossible length', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderForm({ length: 0 })).toThrow(RangeError);
    vi.restoreAllMocks();
  });

  it('sends the Code of a new issued prop', async () => {
    const { user, transport, rerender, onSignedIn } = renderForm();
    rerender(
      <OtpCodeForm
        issued={{ ...issued, Code: 'newer-code' }}
        onSignedIn={onSignedIn}
        webOtp={false}
        transport={transport}
      />,
    );
    await user.type(codeInput(), '430897');
    await waitFor(() => expect(transport.signInCalls).toHaveLength(1));
    expect(transport.signInCalls[0]?.Code).toBe('newer-code');
  });

  it('disables the input and buttons', () => {
    renderForm({ disabled: true });
    expect(codeInput()).toBeDisabled();
    expect(signInButton()).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Send a new code' }),
    ).toBeDisabled();
  });
});
