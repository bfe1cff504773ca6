import { randomBytes, randomInt } from 'node:crypto';

/** Generates a 6-digit OTP from a cryptographic random source. */
export function randomOtp(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Generates an opaque `Code`: 64 random bytes in base64 (88 characters). */
export function randomCode(): string {
  return randomBytes(64).toString('base64');
}

/** Generates a session `AuthKey`: 48 random bytes in base64 (64 characters). */
export function randomAuthKey(): string {
  return randomBytes(48).toString('base64');
}
