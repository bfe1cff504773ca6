import { RESEND_COOLDOWN_KEY_PREFIX } from '@lsq-otp/core';

/**
 * Removes the kit's resend cooldowns from this tab's `sessionStorage`, so a
 * story does not inherit the wait of an earlier story for the same number.
 */
export function clearResendCooldowns(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(RESEND_COOLDOWN_KEY_PREFIX)) {
      sessionStorage.removeItem(key);
    }
  }
}
