// Runs in Node without a DOM: rendering must not touch window or document.
import { createMockTransport } from '@lsq-otp/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';
import { createDom, hydrate, removeBrowserGlobals } from '../test/hydrate.js';

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

afterEach(() => {
  removeBrowserGlobals();
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
    const { errors, consoleErrors, container } = await hydrate(
      createDom(html),
      app(),
    );
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('input[type="tel"]')).not.toBeNull();
  });
});
