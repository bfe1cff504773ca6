import type { CooldownStorage } from './resend-cooldown-storage.js';

/** Creates an in-memory `CooldownStorage` whose entries tests can read. */
export function createMemoryStorage(): CooldownStorage & {
  entries: Map<string, string>;
} {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

/** A storage that throws on every call, as a disabled browser storage does. */
export const failingStorage: CooldownStorage = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
};
