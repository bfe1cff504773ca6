import { describe, expect, it } from 'vitest';
import {
  createMemoryStorage,
  failingStorage,
} from './memory-storage.test-support.js';
import {
  clearResendCooldown,
  readResendAvailableAt,
  RESEND_COOLDOWN_KEY_PREFIX,
  resendCooldownKey,
  writeResendAvailableAt,
} from './resend-cooldown-storage.js';

const number = '+1-4155552671';

describe('resendCooldownKey', () => {
  it('hides the number behind a fixed-size hash', () => {
    const key = resendCooldownKey(number);
    expect(key).toMatch(/^lsq-otp:resend:[0-9a-f]{8}$/);
    expect(key).not.toContain('4155552671');
    expect(key.startsWith(RESEND_COOLDOWN_KEY_PREFIX)).toBe(true);
  });

  it('is stable per number and differs between numbers', () => {
    expect(resendCooldownKey(number)).toBe(resendCooldownKey(number));
    expect(resendCooldownKey(number)).not.toBe(
      resendCooldownKey('+1-4155552672'),
    );
  });
});

describe('resend cooldown storage', () => {
  it('reads back what it wrote', () => {
    const storage = createMemoryStorage();
    writeResendAvailableAt(storage, number, 61_000);
    expect(readResendAvailableAt(storage, number, 1_000)).toBe(61_000);
    expect(readResendAvailableAt(storage, '+1-2015550123', 1_000)).toBe(
      undefined,
    );
  });

  it('stores no number, only a time', () => {
    const storage = createMemoryStorage();
    writeResendAvailableAt(storage, number, 61_000);
    expect([...storage.entries.values()]).toEqual(['61000']);
    expect(JSON.stringify([...storage.entries])).not.toContain('4155552671');
  });

  it('returns a past time as stored', () => {
    const storage = createMemoryStorage();
    writeResendAvailableAt(storage, number, 1_000);
    expect(readResendAvailableAt(storage, number, 5_000)).toBe(1_000);
  });

  it('caps a time over an hour ahead', () => {
    const storage = createMemoryStorage();
    writeResendAvailableAt(storage, number, 10 * 3_600_000);
    expect(readResendAvailableAt(storage, number, 0)).toBe(3_600_000);
  });

  it.each(['', 'soon', '-5', '1e9', '12.5'])('ignores entry %j', (text) => {
    const storage = createMemoryStorage();
    storage.setItem(resendCooldownKey(number), text);
    expect(readResendAvailableAt(storage, number, 0)).toBeUndefined();
  });

  it('clears an entry', () => {
    const storage = createMemoryStorage();
    writeResendAvailableAt(storage, number, 61_000);
    clearResendCooldown(storage, number);
    expect(storage.entries.size).toBe(0);
  });

  it('tolerates a missing or failing storage', () => {
    expect(readResendAvailableAt(undefined, number, 0)).toBeUndefined();
    expect(readResendAvailableAt(failingStorage, number, 0)).toBeUndefined();
    expect(() =>
      writeResendAvailableAt(failingStorage, number, 1),
    ).not.toThrow();
    expect(() => clearResendCooldown(failingStorage, number)).not.toThrow();
  });
});
