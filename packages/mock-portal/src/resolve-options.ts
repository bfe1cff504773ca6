import { randomAuthKey, randomCode, randomOtp } from './random-secrets.js';
import type { MockPortalOptions, RateLimitOptions } from './types.js';

/** The public auth key a portal accepts when given no `keys`. */
export const defaultPublicAuthKey = 'mock-public-auth-key';

/** Portal options with every default filled in. */
export interface ResolvedOptions {
  keys: readonly string[];
  registerToken: string | undefined;
  portalId: string | undefined;
  rateLimit: RateLimitOptions;
  clock: () => number;
  generateOtp: () => string;
  generateCode: () => string;
  generateAuthKey: () => string;
  otpTtlSeconds: number;
  maxOtpAttempts: number;
  delayMs: number;
}

/** Fills in defaults and rejects option values the portal cannot use. */
export function resolveOptions(options: MockPortalOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    keys: options.keys ?? [defaultPublicAuthKey],
    registerToken: options.registerToken,
    portalId: options.portalId,
    rateLimit: options.rateLimit ?? { limit: 25, windowSeconds: 5 },
    clock: options.clock ?? Date.now,
    generateOtp: options.generateOtp ?? randomOtp,
    generateCode: options.generateCode ?? randomCode,
    generateAuthKey: options.generateAuthKey ?? randomAuthKey,
    otpTtlSeconds: options.otpTtlSeconds ?? 300,
    maxOtpAttempts: options.maxOtpAttempts ?? 5,
    delayMs: options.delayMs ?? 0,
  };

  if (resolved.keys.some((key) => typeof key !== 'string' || key === '')) {
    throw new TypeError('keys must contain only non-empty strings.');
  }
  const { limit, windowSeconds } = resolved.rateLimit;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`rateLimit.limit must be an integer of 1 or more.`);
  }
  if (!Number.isFinite(windowSeconds) || windowSeconds <= 0) {
    throw new RangeError('rateLimit.windowSeconds must be a positive number.');
  }
  if (!Number.isFinite(resolved.otpTtlSeconds) || resolved.otpTtlSeconds <= 0) {
    throw new RangeError('otpTtlSeconds must be a positive number.');
  }
  if (
    !Number.isInteger(resolved.maxOtpAttempts) ||
    resolved.maxOtpAttempts < 1
  ) {
    throw new RangeError('maxOtpAttempts must be an integer of 1 or more.');
  }
  if (!Number.isFinite(resolved.delayMs) || resolved.delayMs < 0) {
    throw new RangeError(
      'delayMs must be a number of milliseconds, 0 or more.',
    );
  }
  return resolved;
}
