import { isOtpRequestError, OtpRequestError } from '../errors.js';
import type { OtpTransport } from '../transport.js';
import {
  clearResendCooldown,
  type CooldownStorage,
  readResendAvailableAt,
  writeResendAvailableAt,
} from './resend-cooldown-storage.js';

/** Wait between two codes for the same number when none is given. */
export const DEFAULT_RESEND_COOLDOWN_MS = 60_000;

/** Options of `withResendCooldown`. */
export interface ResendCooldownOptions {
  /** Storage of the cooldowns, e.g. `sessionStorage`. Without one, none is kept. */
  storage: CooldownStorage | undefined;
  /** Milliseconds after an issued code before the next. @default 60000 */
  cooldownMs?: number;
  /** Current time in ms. @default Date.now */
  clock?: () => number;
}

/**
 * Wraps a transport so each number waits `cooldownMs` between codes, also
 * across page reloads when `storage` outlives the page. A request during the
 * wait fails with kind `rateLimited` and the time left in `retryAfterMs`
 * before anything is sent. A rate limit from the server sets the wait to its
 * `retryAfterMs`, and a sign-in ends the number's wait.
 */
export function withResendCooldown<TTransport extends OtpTransport>(
  transport: TTransport,
  options: ResendCooldownOptions,
): TTransport {
  const { storage, clock = Date.now } = options;
  const cooldownMs = options.cooldownMs ?? DEFAULT_RESEND_COOLDOWN_MS;

  return {
    ...transport,
    async requestSigninOtp(request, callOptions) {
      const number = request.FieldContent;
      const now = clock();
      const availableAt = readResendAvailableAt(storage, number, now);
      if (availableAt !== undefined && availableAt > now) {
        throw new OtpRequestError('rateLimited', {
          retryAfterMs: availableAt - now,
        });
      }

      try {
        const response = await transport.requestSigninOtp(request, callOptions);
        const next = clock() + cooldownMs;
        writeResendAvailableAt(storage, number, next);
        // The code form keys the wait by the number LeadSquared echoed.
        if (response.FieldContent !== number) {
          writeResendAvailableAt(storage, response.FieldContent, next);
        }
        return response;
      } catch (error) {
        if (isOtpRequestError(error) && error.kind === 'rateLimited') {
          const waitMs = error.retryAfterMs ?? cooldownMs;
          writeResendAvailableAt(storage, number, clock() + waitMs);
        }
        throw error;
      }
    },

    async signInWithOtp(data, callOptions) {
      const response = await transport.signInWithOtp(data, callOptions);
      clearResendCooldown(storage, data.FieldContent);
      return response;
    },
  };
}
