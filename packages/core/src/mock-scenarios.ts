import { OtpRequestError, type OtpRequestErrorDetails } from './errors.js';

/**
 * Named outcomes of the mock transport's calls. `invalidOtp` and
 * `expiredOtp` are outcomes of Sign In with OTP.
 */
export type MockScenario =
  | 'success'
  | 'slow'
  | 'invalidNumber'
  | 'rejected'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'serverError'
  | 'networkFailure'
  | 'timeout'
  | 'invalidOtp'
  | 'expiredOtp';

const SLOW_DELAY_MS = 2_000;

const FAILURES: Partial<
  Record<MockScenario, [OtpRequestError['kind'], OtpRequestErrorDetails]>
> = {
  invalidNumber: [
    'badRequest',
    {
      status: 400,
      exceptionType: 'MXInvalidEntityException',
      exceptionMessage: 'Invalid phone number',
    },
  ],
  rejected: ['rejected', { status: 200, exceptionMessage: 'Lead not found' }],
  unauthorized: ['unauthorized', { status: 401 }],
  forbidden: ['forbidden', { status: 403 }],
  notFound: ['notFound', { status: 404 }],
  serverError: ['server', { status: 500 }],
  networkFailure: ['network', {}],
  timeout: ['timeout', {}],
  invalidOtp: [
    'invalidOtp',
    {
      status: 400,
      exceptionType: 'MXInvalidOTPException',
      exceptionMessage: 'The OTP is incorrect.',
    },
  ],
  expiredOtp: [
    'expiredOtp',
    {
      status: 400,
      exceptionType: 'MXOTPExpiredException',
      exceptionMessage: 'The OTP has expired or was already used.',
    },
  ],
};

/** Picks the scenario of call number `index` (from 0); the last repeats. */
export function scenarioAt(
  scenarios: readonly MockScenario[],
  index: number,
): MockScenario {
  return scenarios[Math.min(index, scenarios.length - 1)] ?? 'success';
}

/**
 * Waits for the scenario's delay, then throws its error, if it has one. An
 * aborted wait rejects with kind `aborted`.
 */
export async function playScenario(
  scenario: MockScenario,
  options: { delayMs?: number; retryAfterMs?: number },
  signal: AbortSignal | undefined,
): Promise<void> {
  const delayMs = options.delayMs ?? (scenario === 'slow' ? SLOW_DELAY_MS : 0);
  await wait(delayMs, signal);

  if (scenario === 'rateLimited') {
    throw new OtpRequestError('rateLimited', {
      status: 429,
      exceptionType: 'MXAPIRateLimitExceededException',
      exceptionMessage: 'API calls exceeded the limit of 25 in 5 second(s)',
      retryAfterMs: options.retryAfterMs ?? 5_000,
    });
  }
  const failure = FAILURES[scenario];
  if (failure) throw new OtpRequestError(...failure);
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new OtpRequestError('aborted'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new OtpRequestError('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
