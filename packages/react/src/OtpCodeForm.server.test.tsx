// Runs in Node without a DOM: rendering must not touch window, navigator or
// sessionStorage, and hydration must match the server's markup.
import { createMockTransport, resendCooldownKey } from '@lsq-otp/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OtpCodeForm } from './OtpCodeForm.js';
import { PhoneOtpSignIn } from './PhoneOtpSignIn.js';

const issued = { Code: 'server-code', FieldContent: '+1-4155552671' };
const browserGlobals = ['window', 'document', 'navigator'] as const;

interface DomWindow {
  document: Document;
  sessionStorage: Storage;
}

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

// Loads jsdom by a computed name: the package ships no type declarations,
// and this test needs only the few members typed in `DomWindow`.
async function createDom(html: string): Promise<DomWindow> {
  const name = 'jsdom';
  const { JSDOM } = (await import(name)) as {
    JSDOM: new (
      html: string,
      options: { url: string },
    ) => {
      window: DomWindow;
    };
  };
  return new JSDOM(`<!doctype html><div id="root">${html}</div>`, {
    url: 'https://example.com/login',
  }).window;
}

async function hydrate(dom: DomWindow, element: ReactElement) {
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      value: (dom as unknown as Record<string, unknown>)[name] ?? dom,
    });
  }
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { hydrateRoot } = await import('react-dom/client');
  const { act } = await import('react');
  const container = dom.document.getElementById('root');
  if (!container) throw new Error('missing root');
  await act(async () => {
    hydrateRoot(container, element, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return { errors, consoleErrors: consoleError.mock.calls, container };
}

afterEach(() => {
  for (const name of browserGlobals) {
    Reflect.deleteProperty(globalThis, name);
  }
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
    const dom = await createDom(html);
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
