import type {
  IncomingHttpHeaders,
  IncomingMessage,
  ServerResponse,
} from 'node:http';

/** Per-key rate limit: at most `limit` API calls in each window. */
export interface RateLimitOptions {
  /** Calls accepted per window. Default: `25`. */
  limit: number;
  /** Window length in seconds. Default: `5`. */
  windowSeconds: number;
}

/** Options of `createMockPortal`. */
export interface MockPortalOptions {
  /** Accepted public auth keys. Default: `['mock-public-auth-key']`. */
  keys?: readonly string[];
  /**
   * Registration token required in the `x-lsq-registertoken` header.
   * Default: `undefined`, so the header is not checked.
   */
  registerToken?: string;
  /**
   * Portal id required in the `x-lsq-portalid` header.
   * Default: `undefined`, so the header is not checked.
   */
  portalId?: string;
  /** Rate limit per public auth key. Default: `{ limit: 25, windowSeconds: 5 }`. */
  rateLimit?: RateLimitOptions;
  /** Current time in milliseconds since the epoch. Default: `Date.now`. */
  clock?: () => number;
  /** Generates the OTP of each SMS. Default: 6 random digits. */
  generateOtp?: () => string;
  /** Generates each `Code`. Default: 64 random bytes in base64. */
  generateCode?: () => string;
  /** Generates the `AuthKey` of each sign-in. Default: 48 random bytes in base64. */
  generateAuthKey?: () => string;
  /** Seconds an OTP stays valid after it is sent. Default: `300`. */
  otpTtlSeconds?: number;
  /**
   * Wrong OTPs accepted per `Code`; the one that reaches the limit burns the
   * `Code`. Default: `5`.
   */
  maxOtpAttempts?: number;
  /**
   * Delay in milliseconds before responding to each API request. CORS
   * preflights and `/__mock/*` control requests are not delayed. Default: `0`.
   */
  delayMs?: number;
}

/** An SMS the mock "sent": the one place where a number and its OTP show. */
export interface OutboxEntry {
  /** The `FieldContent` of the request, i.e. the phone number. */
  to: string;
  otp: string;
  /** ISO 8601 time of sending, from the portal's clock. */
  sentAt: string;
}

/** A request the portal received, as `GET /__mock/requests` returns it. */
export interface LoggedRequest {
  method: string;
  /** Path and query relative to the mount point, e.g. `/api/...`. */
  path: string;
  headers: IncomingHttpHeaders;
  /**
   * The parsed JSON body when it parses, else the raw text (`''` when
   * empty), or `null` when the body was over the size limit.
   */
  body: unknown;
  /** ISO 8601 time of receipt, from the portal's clock. */
  receivedAt: string;
}

/**
 * A scripted response that replaces the normal handling of one API request.
 * A fault with only `delayMs` delays the normal response instead.
 */
export interface Fault {
  /** HTTP status. Default: `500` when `body` or `headers` is set. */
  status?: number;
  /**
   * Response body: a string is sent as is (Content-Type `text/html` unless
   * `headers` sets one), an object is sent as JSON. Default: empty.
   */
  body?: string | object;
  /** Extra response headers, which override the CORS headers. */
  headers?: Record<string, string>;
  /** Milliseconds to hold back the response, e.g. to trigger a timeout. */
  delayMs?: number;
  /** Breaks the connection mid-response, as a network failure does. */
  drop?: boolean;
}

/** A Node or connect middleware serving paths relative to its mount point. */
export type MockPortalHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** A mock portal instance: its request handler and the state behind it. */
export interface MockPortal {
  handler: MockPortalHandler;
  /** Copies of the SMS sent, oldest first. */
  outbox(): OutboxEntry[];
  /** Copies of the requests received, except `/__mock/*` ones. */
  requests(): LoggedRequest[];
  /**
   * Empties the outbox, request log, fault queue and issued codes, and
   * resets rate-limit windows.
   */
  reset(): void;
  /** Queues faults for the next API requests, one fault each, in order. */
  injectFaults(faults: readonly Fault[]): void;
  /** Cancels delayed responses still pending and destroys their sockets. */
  close(): void;
}
