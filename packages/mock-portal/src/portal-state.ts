import { createIssuedOtpStore, type IssuedOtpStore } from './issued-otps.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import type { ResolvedOptions } from './resolve-options.js';
import type { Fault, LoggedRequest, OutboxEntry } from './types.js';

/** Everything a portal instance remembers between requests. */
export interface PortalState {
  /** SMS sent, oldest first. */
  outbox: OutboxEntry[];
  /** Requests received outside `/__mock/*`, oldest first. */
  requests: LoggedRequest[];
  /** Faults queued for the next API requests, next first. */
  faults: Fault[];
  issuedOtps: IssuedOtpStore;
  /**
   * `LeadId` per `FieldContent`. Kept by `reset`, as a tenant's leads
   * outlive any OTP.
   */
  leadIds: Map<string, string>;
  rateLimiter: RateLimiter;
  /** Empties every list and store and resets rate-limit windows. */
  reset(): void;
}

/** Creates the empty state of a new portal instance. */
export function createPortalState(options: ResolvedOptions): PortalState {
  const state: PortalState = {
    outbox: [],
    requests: [],
    faults: [],
    issuedOtps: createIssuedOtpStore(),
    leadIds: new Map(),
    rateLimiter: createRateLimiter(options.rateLimit, options.clock),
    reset() {
      state.outbox.length = 0;
      state.requests.length = 0;
      state.faults.length = 0;
      state.issuedOtps.clear();
      state.rateLimiter.reset();
    },
  };
  return state;
}
