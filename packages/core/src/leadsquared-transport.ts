import { classifyResponse } from './classify-response.js';
import { classifySigninWithOtp } from './classify-signin-with-otp.js';
import { OtpRequestError } from './errors.js';
import { resolveBaseUrl } from './resolve-base-url.js';
import type { OtpTransport, TransportCallOptions } from './transport.js';
import type {
  OtpSigninData,
  SigninOtpRequest,
  SigninOtpResponse,
  SigninWithOtpRequest,
} from './wire.js';

/** Options of `createLeadSquaredTransport`. Give `host` or `baseUrl`. */
export interface LeadSquaredTransportOptions {
  /** Portal API host, e.g. `portalapi-us11.leadsquared.com`; HTTPS is used. */
  host?: string;
  /** Full base URL instead of a host, e.g. your own proxy. */
  baseUrl?: string;
  /** The tenant's public auth key, sent raw in `Authorization`. */
  publicAuthKey: string;
  /** Sent as `x-lsq-registertoken` when set. */
  registerToken?: string;
  /** Sent as `x-lsq-portalid` when set. */
  portalId?: string;
  /** Milliseconds before a call fails with kind `timeout`. @default 15000 */
  timeoutMs?: number;
  /** Paths of the API calls, relative to the base URL. */
  paths?: {
    /** @default '/api/Authentication/SigninOTP/Get' */
    requestSigninOtp?: string;
    /** @default '/api/Authentication/Signin' */
    signInWithOtp?: string;
  };
  /** The `fetch` to call. @default globalThis.fetch */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_SIGNIN_OTP_PATH = '/api/Authentication/SigninOTP/Get';
const DEFAULT_SIGNIN_WITH_OTP_PATH = '/api/Authentication/Signin';

/** Creates a transport that calls LeadSquared's portal API with `fetch`. */
export function createLeadSquaredTransport(
  options: LeadSquaredTransportOptions,
): OtpTransport {
  rejectAdminKeys(options);
  const baseUrl = resolveBaseUrl(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = {
    Authorization: options.publicAuthKey,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  if (options.registerToken) {
    headers['x-lsq-registertoken'] = options.registerToken;
  }
  if (options.portalId) headers['x-lsq-portalid'] = options.portalId;
  const configSecrets = [
    options.publicAuthKey,
    options.registerToken,
    options.portalId,
  ].filter((value): value is string => Boolean(value));

  // `requestSecrets` are values of this request that server text must not
  // carry into an error, such as the phone number.
  const post = async (
    path: string,
    body: unknown,
    signal?: AbortSignal,
    requestSecrets: readonly string[] = [],
  ) => {
    const doFetch = options.fetch ?? globalThis.fetch;
    const call = linkSignals(signal, timeoutMs);
    try {
      const response = await doFetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: call.signal,
      });
      return {
        status: response.status,
        bodyText: await response.text(),
        retryAfter: response.headers.get('Retry-After'),
        secrets: [...configSecrets, ...requestSecrets],
      };
    } catch (error) {
      if (call.timedOut()) throw new OtpRequestError('timeout');
      if (signal?.aborted) throw new OtpRequestError('aborted');
      throw new OtpRequestError('network', { cause: error });
    } finally {
      call.dispose();
    }
  };

  return {
    async requestSigninOtp(
      request: SigninOtpRequest,
      { signal }: TransportCallOptions = {},
    ) {
      const answer = await post(
        options.paths?.requestSigninOtp ?? DEFAULT_SIGNIN_OTP_PATH,
        request,
        signal,
        phoneNumberForms(request.FieldContent),
      );
      const result = classifyResponse(answer, isSigninOtpResponse);
      if (result instanceof OtpRequestError) throw result;
      return result;
    },

    async signInWithOtp(
      data: OtpSigninData,
      { signal }: TransportCallOptions = {},
    ) {
      const body: SigninWithOtpRequest = {
        OTPSigninRequest: true,
        OTPSigninData: {
          Otp: data.Otp,
          FieldContent: data.FieldContent,
          Code: data.Code,
        },
      };
      const answer = await post(
        options.paths?.signInWithOtp ?? DEFAULT_SIGNIN_WITH_OTP_PATH,
        body,
        signal,
        [...phoneNumberForms(data.FieldContent), data.Code, data.Otp],
      );
      const result = classifySigninWithOtp(answer);
      if (result instanceof OtpRequestError) throw result;
      return result;
    },
  };
}

// The number as sent, and its digits alone and after the dial code, as a
// server may echo any of them.
function phoneNumberForms(fieldContent: string): string[] {
  const digits = fieldContent.replace(/\D/g, '');
  const national = fieldContent.split('-').slice(1).join('').replace(/\D/g, '');
  return [fieldContent, digits, national];
}

function isSigninOtpResponse(
  body: Record<string, unknown>,
): body is Record<string, unknown> & SigninOtpResponse {
  return (
    body.Status === 'Success' &&
    typeof body.Code === 'string' &&
    body.Code !== '' &&
    typeof body.FieldContent === 'string'
  );
}

// One signal for fetch that fires on the caller's abort or on the timeout,
// remembering which, because fetch rejects the same way for both.
function linkSignals(callerSignal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onAbort();
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}

function rejectAdminKeys(options: LeadSquaredTransportOptions) {
  const given = options as unknown as Record<string, unknown>;
  const adminKeyOption = ['accessKey', 'secretKey'].find(
    (name) => given[name] !== undefined,
  );
  if (adminKeyOption || /^u\$r/i.test(options.publicAuthKey ?? '')) {
    throw new TypeError(
      'createLeadSquaredTransport: received what looks like a LeadSquared ' +
        'admin access key or secret key. Those keys must never reach a ' +
        'browser; pass only the public auth key (publicAuthKey), made once ' +
        'on a server with GET /api/Access/PublicToken.',
    );
  }
  if (!options.publicAuthKey) {
    throw new TypeError(
      'createLeadSquaredTransport: publicAuthKey is missing. Pass the ' +
        "tenant's public auth key.",
    );
  }
}
