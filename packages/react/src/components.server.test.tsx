// Every public component, rendered in Node without a DOM and then hydrated:
// rendering must not touch browser globals, and hydration must find the
// server's markup.
import { createMockTransport } from '@lsq-otp/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountrySelect } from './CountrySelect.js';
import { LazyPhoneOtpRequestForm } from './LazyPhoneOtpRequestForm.js';
import { messagesAr } from './locales/ar.js';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';
import { PhoneOtpSignIn } from './PhoneOtpSignIn.js';
import { createDom, hydrate, removeBrowserGlobals } from '../test/hydrate.js';

const transport = createMockTransport();

const components: [string, () => ReactElement, string][] = [
  [
    'PhoneOtpSignIn',
    () => <PhoneOtpSignIn transport={transport} onSignedIn={() => {}} />,
    'Phone number',
  ],
  [
    'PhoneOtpSignIn in Arabic',
    () => (
      <PhoneOtpSignIn
        transport={transport}
        onSignedIn={() => {}}
        requestMessages={messagesAr.request}
        codeMessages={messagesAr.code}
        messages={messagesAr.signIn}
      />
    ),
    'رقم الهاتف',
  ],
  [
    'PhoneOtpRequestForm themed',
    () => (
      <PhoneOtpRequestForm
        transport={transport}
        onCodeIssued={() => {}}
        theme={{ colorPrimary: '#5b21b6' }}
        colorScheme="dark"
      />
    ),
    '--lsq-otp-color-primary:#5b21b6',
  ],
  [
    'LazyPhoneOtpRequestForm',
    () => (
      <LazyPhoneOtpRequestForm transport={transport} onCodeIssued={() => {}} />
    ),
    'Phone number',
  ],
  [
    'CountrySelect',
    () => <CountrySelect aria-label="Country" locale="en" defaultValue="IN" />,
    'India',
  ],
];

function withClient(element: ReactElement) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      {element}
    </QueryClientProvider>
  );
}

afterEach(() => {
  removeBrowserGlobals();
  vi.restoreAllMocks();
});

describe.each(components)('%s on a server', (_name, render, expected) => {
  it('renders without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(renderToString(withClient(render()))).toContain(expected);
  });

  it('hydrates without warnings', async () => {
    const html = renderToString(withClient(render()));
    const { errors, consoleErrors } = await hydrate(
      createDom(html),
      withClient(render()),
    );
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
