import { OtpRequestError, type OtpRequestErrorDetails } from './errors.js';
import type { OtpTransport, TransportCallOptions } from './transport.js';
import type { SigninOtpRequest, SigninOtpResponse } from './wire.js';

/** Named answers of the mock transport. */
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
  | 'timeout';

export interface MockTransportOptions {
  /**
   * The answer to every call, or a list answered in order whose last entry
   * repeats. @default 'success'
   */
  scenario?: MockScenario | readonly MockScenario[];
  /** Milliseconds before each answer; `slow` waits 2000 unless set. @default 0 */
  delayMs?: number;
  /** Wait carried by `rateLimited` errors. @default 5000 */
  retryAfterMs?: number;
}

/** A transport answering from memory, with the requests it received. */
export interface MockTransport extends OtpTransport {
  /** Requests received, oldest first. */
  readonly calls: readonly SigninOtpRequest[];
}

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
};

/**
 * Creates an in-memory transport for stories and tests: each call waits
 * `delayMs`, then answers as its scenario says. Aborting a call rejects it
 * with kind `aborted`.
 */
export function createMockTransport(
  options: MockTransportOptions = {},
): MockTransport {
  const scenarios = [options.scenario ?? 'success'].flat();
  const calls: SigninOtpRequest[] = [];

  return {
    calls,
    async requestSigninOtp(
      request: SigninOtpRequest,
      { signal }: TransportCallOptions = {},
    ): Promise<SigninOtpResponse> {
      const scenario = scenarios[Math.min(calls.length, scenarios.length - 1)];
      calls.push(request);
      const delayMs =
        options.delayMs ?? (scenario === 'slow' ? SLOW_DELAY_MS : 0);
      await wait(delayMs, signal);

      if (scenario === 'rateLimited') {
        throw new OtpRequestError('rateLimited', {
          status: 429,
          exceptionType: 'MXAPIRateLimitExceededException',
          exceptionMessage: 'API calls exceeded the limit of 25 in 5 second(s)',
          retryAfterMs: options.retryAfterMs ?? 5_000,
        });
      }
      const failure = scenario && FAILURES[scenario];
      if (failure) throw new OtpRequestError(...failure);

      return {
        Code: `mock-code-${calls.length}`,
        FieldContent: request.FieldContent,
        Message: null,
        Status: 'Success',
      };
    },
  };
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
