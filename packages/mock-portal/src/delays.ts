import type { ServerResponse } from 'node:http';

/** Timers that hold back responses, all cancellable at once. */
export interface Delays {
  /**
   * Waits `ms` before the caller writes `res`. Resolves `true` when the time is up,
   * `false` when `cancelAll` ended the wait.
   */
  wait(ms: number, res: ServerResponse): Promise<boolean>;
  /** Ends every pending wait and destroys the responses it was holding. */
  cancelAll(): void;
}

/** Creates an empty set of response delays. */
export function createDelays(): Delays {
  const pending = new Map<
    NodeJS.Timeout,
    { res: ServerResponse; resolve: (elapsed: boolean) => void }
  >();

  return {
    wait(ms, res) {
      if (ms <= 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve(true);
        }, ms);
        pending.set(timer, { res, resolve });
      });
    },
    cancelAll() {
      for (const [timer, { res, resolve }] of pending) {
        clearTimeout(timer);
        res.destroy();
        resolve(false);
      }
      pending.clear();
    },
  };
}
