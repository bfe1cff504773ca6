import {
  type MockScenario,
  playScenario,
  scenarioAt,
} from './mock-scenarios.js';
import type { OtpTransport, TransportCallOptions } from './transport.js';
import type {
  OtpSigninData,
  SigninOtpRequest,
  SigninOtpResponse,
  SigninWithOtpResponse,
} from './wire.js';

export type { MockScenario } from './mock-scenarios.js';

export interface MockTransportOptions {
  /**
   * The outcome of every Get Sign In OTP call, or a list played in order
   * whose last entry repeats. @default 'success'
   */
  scenario?: MockScenario | readonly MockScenario[];
  /**
   * The outcome of every Sign In with OTP call, or a list played in order
   * whose last entry repeats. @default 'success'
   */
  signInScenario?: MockScenario | readonly MockScenario[];
  /** Milliseconds before each response; `slow` waits 2000 unless set. @default 0 */
  delayMs?: number;
  /** Wait carried by `rateLimited` errors. @default 5000 */
  retryAfterMs?: number;
}

/** A transport that responds from memory and records the requests it received. */
export interface MockTransport extends OtpTransport {
  /** Get Sign In OTP requests received, oldest first. */
  readonly calls: readonly SigninOtpRequest[];
  /** Sign In with OTP requests received, oldest first. */
  readonly signInCalls: readonly OtpSigninData[];
}

/**
 * Creates an in-memory transport for stories and tests: each call waits
 * `delayMs`, then responds as its scenario defines. Aborting a call rejects it
 * with kind `aborted`. Sign-in succeeds whatever the OTP unless its
 * scenario is a failure, and returns one `LeadId` per `FieldContent`.
 */
export function createMockTransport(
  options: MockTransportOptions = {},
): MockTransport {
  const scenarios = [options.scenario ?? 'success'].flat();
  const signInScenarios = [options.signInScenario ?? 'success'].flat();
  const calls: SigninOtpRequest[] = [];
  const signInCalls: OtpSigninData[] = [];
  const leadIds = new Map<string, string>();

  return {
    calls,
    signInCalls,
    async requestSigninOtp(
      request: SigninOtpRequest,
      { signal }: TransportCallOptions = {},
    ): Promise<SigninOtpResponse> {
      const scenario = scenarioAt(scenarios, calls.length);
      calls.push(request);
      await playScenario(scenario, options, signal);

      return {
        Code: `mock-code-${calls.length}`,
        FieldContent: request.FieldContent,
        Message: null,
        Status: 'Success',
      };
    },

    async signInWithOtp(
      data: OtpSigninData,
      { signal }: TransportCallOptions = {},
    ): Promise<SigninWithOtpResponse> {
      const scenario = scenarioAt(signInScenarios, signInCalls.length);
      signInCalls.push(data);
      await playScenario(scenario, options, signal);

      let leadId = leadIds.get(data.FieldContent);
      if (leadId === undefined) {
        leadId = `mock-lead-${leadIds.size + 1}`;
        leadIds.set(data.FieldContent, leadId);
      }
      return {
        LeadId: leadId,
        AuthKey: `mock-auth-key-${signInCalls.length}`,
      };
    },
  };
}
