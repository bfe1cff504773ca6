import { type OtpTransport, withResendCooldown } from '@lsq-otp/core';
import { useMemo } from 'react';
import { sessionCooldownStorage } from './session-cooldown-storage.js';

/**
 * Wraps `transport` with `withResendCooldown` over this tab's
 * `sessionStorage`, once per transport and cooldown.
 */
export function useResendCooldownTransport(
  transport: OtpTransport,
  cooldownMs: number,
): OtpTransport {
  return useMemo(
    () =>
      withResendCooldown(transport, {
        storage: sessionCooldownStorage,
        cooldownMs,
      }),
    [transport, cooldownMs],
  );
}
