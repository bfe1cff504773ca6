// Runs in Node without a DOM: rendering must not touch window, navigator or
// sessionStorage, and hydration must match the server's markup.
import { createMockTransport, resendCooldownKey } from '@lsq-otp/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OtpCodeForm } from './OtpCodeForm.js';
import { PhoneOtpSignIn } from './PhoneOtpSignIn.js';
import { createDom, hydrate, removeBrowserGlobals } from '../test/hydrate.js';

const issued = { Code: 'server-code', FieldContent: '+1-4155552671' };

function codeForm() {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <OtpCodeForm
        issued={issued}
        onSignedIn={() => {}}
        transport={createMockTransport()}
      />
    </QueryClientProvider>
  );
}

afterEach(() => {
  removeBrowserGlobals();
  vi.restoreAllMocks();
});

describe('OtpCodeForm on a server', () => {
  it('renders without a DOM and without a countdown', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(codeForm());
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('Code from the SMS');
    expect(html).not.toContain('You can send a new code in');
  });

  it('renders the phone step of PhoneOtpSignIn', () => {
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <PhoneOtpSignIn
          onSignedIn={() => {}}
          transport={createMockTransport()}
          defaultCountry="US"
        />
      </QueryClientProvider>,
    );
    expect(html).toContain('Phone number');
  });

  it('hydrates, then shows a stored cooldown', async () => {
    const html = renderToString(codeForm());
    const dom = createDom(html);
    dom.sessionStorage.setItem(
      resendCooldownKey(issued.FieldContent),
      String(Date.now() + 30_000),
    );

    const { errors, consoleErrors, container } = await hydrate(dom, codeForm());
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(container.textContent).toMatch(
      /You can send a new code in (30|29) s\./,
    );
  });
});
