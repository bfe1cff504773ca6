import type { CooldownStorage } from '@lsq-otp/core';

const listeners = new Set<() => void>();
// Entries the browser would not store, e.g. with storage disabled: they last
// as long as the page instead.
const fallback = new Map<string, string>();

function pageSessionStorage(): Storage | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    return window.sessionStorage;
  } catch {
    // Reading `sessionStorage` throws where the browser blocks storage.
    return undefined;
  }
}

function notifyListeners() {
  for (const listener of listeners) listener();
}

/**
 * The resend cooldowns of this browser tab: `sessionStorage`, which survives
 * a reload of the tab, else memory. Each write notifies
 * `subscribeToCooldownWrites` listeners.
 */
export const sessionCooldownStorage: CooldownStorage = {
  getItem(key) {
    const stored = fallback.get(key);
    if (stored !== undefined) return stored;
    return pageSessionStorage()?.getItem(key) ?? null;
  },
  setItem(key, value) {
    try {
      const storage = pageSessionStorage();
      if (!storage) throw new Error('sessionStorage is not available');
      storage.setItem(key, value);
      fallback.delete(key);
    } catch {
      fallback.set(key, value);
    }
    notifyListeners();
  },
  removeItem(key) {
    fallback.delete(key);
    try {
      pageSessionStorage()?.removeItem(key);
    } finally {
      notifyListeners();
    }
  },
};

/** Calls `listener` after each write to `sessionCooldownStorage`. */
export function subscribeToCooldownWrites(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
