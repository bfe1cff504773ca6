import {
  cooldownSecondsLeft,
  msUntilNextSecond,
  readResendAvailableAt,
  resendCooldownKey,
  writeResendAvailableAt,
} from '@lsq-otp/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  sessionCooldownStorage,
  subscribeToCooldownWrites,
} from './session-cooldown-storage.js';

const storage = sessionCooldownStorage;

export interface ResendCooldown {
  /** Whole seconds until a new code may be requested; 0 when it may. */
  secondsLeft: number;
  /**
   * Length in whole seconds of the cooldown as first seen, for a single
   * announcement instead of one per second; 0 when none ran.
   */
  announcedSeconds: number;
}

/**
 * Counts down the resend cooldown of a number from `sessionStorage`, where
 * the transport wrapped by `withResendCooldown` writes it. Starts a cooldown
 * of `cooldownMs` when none is stored, because the code form shows right
 * after a code was sent. Renders no cooldown on a server.
 */
export function useResendCooldown(
  fieldContent: string,
  cooldownMs: number,
): ResendCooldown {
  const key = resendCooldownKey(fieldContent);

  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Wakes the component on each second boundary while the cooldown
      // runs, so the count changes once a second and never polls.
      const schedule = () => {
        clearTimeout(timer);
        const now = Date.now();
        const availableAt = readResendAvailableAt(storage, fieldContent, now);
        if (availableAt === undefined || availableAt <= now) return;
        timer = setTimeout(
          () => {
            onChange();
            schedule();
          },
          msUntilNextSecond(availableAt, now),
        );
      };
      const unsubscribe = subscribeToCooldownWrites(() => {
        onChange();
        schedule();
      });
      schedule();
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },
    [fieldContent],
  );

  const secondsLeft = useSyncExternalStore(
    subscribe,
    () => {
      const now = Date.now();
      const availableAt = readResendAvailableAt(storage, fieldContent, now);
      return availableAt === undefined
        ? 0
        : cooldownSecondsLeft(availableAt, now);
    },
    () => 0,
  );
  const stored = useSyncExternalStore(
    subscribe,
    () => storage.getItem(key),
    () => null,
  );

  // Each stored time is announced once, with the seconds left when it
  // first rendered.
  const [announced, setAnnounced] = useState<{
    stored: string | null;
    seconds: number;
  }>({ stored: null, seconds: 0 });
  if (announced.stored !== stored) {
    setAnnounced({ stored, seconds: secondsLeft });
  }

  useEffect(() => {
    const now = Date.now();
    if (readResendAvailableAt(storage, fieldContent, now) === undefined) {
      writeResendAvailableAt(storage, fieldContent, now + cooldownMs);
    }
  }, [fieldContent, cooldownMs]);

  return { secondsLeft, announcedSeconds: announced.seconds };
}
