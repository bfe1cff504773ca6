// Runs in Node without a DOM: rendering must not touch window or document.
import { createMockTransport } from '@lsq-otp/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';

const browserGlobals = ['window', 'document', 'navigator'] as const;

function app(queryClient = new QueryClient()) {
  return (
    <QueryClientProvider client={queryClient}>
      <PhoneOtpRequestForm
        transport={createMockTransport()}
        onCodeIssued={() => {}}
        defaultCountry="GB"
        locale="en"
      />
    </QueryClientProvider>
  );
}

// Hydrates server markup in a fresh DOM, as a browser would after loading the
// page, and returns what React reported.
async function hydrate(html: string, element: ReactElement) {
  const dom = new JSDOM(`<!doctype html><div id="root">${html}</div>`, {
    url: 'https://example.com/login',
  });
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      value: dom.window[name],
    });
  }
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { hydrateRoot } = await import('react-dom/client');
  const { act } = await import('react');
  const container = dom.window.document.getElementById('root');
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

describe('server rendering', () => {
  it('renders the form without a DOM', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(app());
    expect(html).toContain('type="tel"');
    expect(html).toContain('Phone number');
    expect(html).toMatch(/<option value="GB" selected=""/);
  });

  it('hydrates without warnings', async () => {
    const html = renderToString(app());
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    const { errors, consoleErrors, container } = await hydrate(html, app());
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('input[type="tel"]')).not.toBeNull();
  });
});
