import { createMockTransport } from '@lsq-otp/core';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../test/render.js';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';

// Counts the commits in which the form's tree rendered, per typed digit.
// React calls a Profiler's onRender once per such commit.
async function commitsPerDigit(digits: string, submitFirst = false) {
  let commits = 0;
  const user = userEvent.setup();
  renderWithClient(
    <Profiler id="form" onRender={() => (commits += 1)}>
      <PhoneOtpRequestForm
        transport={createMockTransport()}
        onCodeIssued={() => {}}
      />
    </Profiler>,
  );
  const input = screen.getByRole('textbox', { name: 'Phone number' });
  if (submitFirst) {
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByText('Enter your phone number.');
  }

  const counts: number[] = [];
  for (const digit of digits) {
    commits = 0;
    await user.type(input, digit);
    // Lets react-hook-form's validation and the state updates that follow
    // the event settle before counting.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    counts.push(commits);
  }
  return counts;
}

describe('PhoneOtpRequestForm renders', () => {
  it('at most once per digit before submit', async () => {
    const counts = await commitsPerDigit('4155552671');
    counts.forEach((count, index) => {
      expect(count, `commits for digit ${index + 1}`).toBeLessThanOrEqual(1);
    });
  });

  it('at most once per digit after a rejected submit', async () => {
    const counts = await commitsPerDigit('4155552671', true);
    counts.forEach((count, index) => {
      expect(count, `commits for digit ${index + 1}`).toBeLessThanOrEqual(1);
    });
  });
});
