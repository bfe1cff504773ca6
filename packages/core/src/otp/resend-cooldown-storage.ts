/** The part of the Web Storage API the resend cooldown uses. */
export interface CooldownStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Prefix of every storage key the resend cooldown writes. */
export const RESEND_COOLDOWN_KEY_PREFIX = 'lsq-otp:resend:';

// A stored time further ahead than this is cut back to it, so a clock set
// back or an edited entry cannot block resending for longer.
const MAX_STORED_WAIT_MS = 60 * 60 * 1000;

/**
 * Builds the storage key of a number's cooldown from a hash of its
 * `FieldContent`, so the number itself is never stored.
 */
export function resendCooldownKey(fieldContent: string): string {
  // NOTE: FNV-1a keeps the number out of plain sight only. Phone numbers
  // are few enough to enumerate, so no hash would make the key a secret.
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(fieldContent)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return RESEND_COOLDOWN_KEY_PREFIX + hash.toString(16).padStart(8, '0');
}

/**
 * Reads when a new code may be requested for a number, in ms since the
 * epoch: possibly in the past, at most an hour after `now`. Returns
 * `undefined` when nothing valid is stored or the storage fails.
 */
export function readResendAvailableAt(
  storage: CooldownStorage | undefined,
  fieldContent: string,
  now: number,
): number | undefined {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(resendCooldownKey(fieldContent));
  } catch {
    return undefined;
  }
  if (text === null || text === undefined || !/^\d+$/.test(text)) {
    return undefined;
  }
  return Math.min(Number(text), now + MAX_STORED_WAIT_MS);
}

/**
 * Stores when a new code may be requested for a number. Storage failures,
 * such as a full quota or storage disabled by the browser, are ignored:
 * the cooldown then lasts only as long as the page.
 */
export function writeResendAvailableAt(
  storage: CooldownStorage | undefined,
  fieldContent: string,
  availableAt: number,
): void {
  try {
    storage?.setItem(
      resendCooldownKey(fieldContent),
      String(Math.round(availableAt)),
    );
  } catch {
    // See the doc comment: a failed write only shortens the cooldown.
  }
}

/** Removes a number's cooldown, ignoring storage failures. */
export function clearResendCooldown(
  storage: CooldownStorage | undefined,
  fieldContent: string,
): void {
  try {
    storage?.removeItem(resendCooldownKey(fieldContent));
  } catch {
    // Nothing to undo: the entry expires on its own.
  }
}
