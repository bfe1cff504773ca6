import {
  createLeadSquaredTransport,
  type OtpRequestError,
} from '@lsq-otp/core';
import {
  type Fault,
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { renderWithClient } from '../test/render.js';
import { PhoneOtpRequestForm } from './PhoneOtpRequestForm.js';

const publicAuthKey = 'mock-public-auth-key';
const typedNumber = '(415) 555-2671';
const rateLimitBody = {
  Status: 'Error',
  ExceptionType: 'MXAPIRateLimitExceededException',
  ExceptionMessage: 'API calls exceeded the limit of 25 in 5 second(s)',
};

let server: MockPortalServer;

beforeAll(async () => {
  server = await startMockPortalServer({ port: 0, basePath: '' });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.portal.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function renderForm(timeoutMs = 15_000) {
  const transport = createLeadSquaredTransport({
    baseUrl: server.url,
    publicAuthKey,
    timeoutMs,
  });
  const onCodeIssued = vi.fn();
  const onError = vi.fn<(error: OtpRequestError) => void>();
  renderWithClient(
    <PhoneOtpRequestForm
      transport={transport}
      onCodeIssued={onCodeIssued}
      onError={onError}
    />,
  );
  return { onCodeIssued, onError, user: userEvent.setup() };
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });

const matrix: [string, Fault, string, string][] = [
  [
    'HTML 502 page',
    { status: 502, body: '<html>502 Bad Gateway</html>' },
    'server',
    'The sign-in service failed. Try again.',
  ],
  [
    'empty 500',
    { status: 500, body: '' },
    'server',
    'The sign-in service failed. Try again.',
  ],
  [
    '400 error envelope',
    { status: 400, body: { Status: 'Error', ExceptionMessage: 'Bad input' } },
    'badRequest',
    'The sign-in service could not accept this number. Bad input',
  ],
  [
    '401',
    { status: 401, body: { Status: 'Error', ExceptionMessage: 'Invalid key' } },
    'unauthorized',
    'Sign-in is not set up correctly on this site. Contact the site owner.',
  ],
  [
    '403',
    { status: 403, body: { Status: 'Error' } },
    'forbidden',
    'The sign-in service refused the request.',
  ],
  [
    '404',
    { status: 404, body: '' },
    'notFound',
    'Sign-in is not set up correctly on this site. Contact the site owner.',
  ],
  [
    '200 not Success',
    { status: 200, body: { Status: 'Error', Message: 'Lead not found' } },
    'rejected',
    'No code could be sent to this number. Lead not found',
  ],
  [
    'rate limit as 429',
    { status: 429, body: rateLimitBody },
    'rateLimited',
    'Too many attempts. Wait a moment, then send again.',
  ],
  [
    'rate limit as 200',
    { status: 200, body: rateLimitBody },
    'rateLimited',
    'Too many attempts. Wait a moment, then send again.',
  ],
  [
    'rate limit as 403',
    { status: 403, body: rateLimitBody },
    'rateLimited',
    'Too many attempts. Wait a moment, then send again.',
  ],
  [
    'dropped connection',
    { drop: true },
    'network',
    'Could not reach the sign-in service. Try again.',
  ],
];

describe('PhoneOtpRequestForm over HTTP', () => {
  it('issues a code from the portal', async () => {
    const { user, onCodeIssued } = renderForm();
    await user.type(phoneInput(), typedNumber);
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() => expect(onCodeIssued).toHaveBeenCalledTimes(1));
    expect(onCodeIssued.mock.calls[0]?.[0].FieldContent).toBe('+1-4155552671');
    expect(server.portal.outbox()).toHaveLength(1);
  });

  it.each(matrix)('shows %s', async (_name, fault, kind, message) => {
    server.portal.injectFaults([fault]);
    const { user, onError, onCodeIssued } = renderForm();
    await user.type(phoneInput(), typedNumber);
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0].kind).toBe(kind);
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(onCodeIssued).not.toHaveBeenCalled();
    expect(phoneInput()).toBeEnabled();
    expect(phoneInput()).toHaveValue(typedNumber);
    expect(server.portal.requests()).toHaveLength(1);
  });

  it('shows a timeout', async () => {
    server.portal.injectFaults([{ delayMs: 2_000 }]);
    const { user, onError } = renderForm(100);
    await user.type(phoneInput(), typedNumber);
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0].kind).toBe('timeout');
    expect(screen.getByRole('status')).toHaveTextContent(
      'The sign-in service took too long to answer. Try again.',
    );
    expect(phoneInput()).toBeEnabled();
  });

  it('renders server text as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    server.portal.injectFaults([
      { status: 400, body: { Status: 'Error', ExceptionMessage: markup } },
    ]);
    const { user } = renderForm();
    await user.type(phoneInput(), typedNumber);
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(markup),
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
