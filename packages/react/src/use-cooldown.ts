import { cooldownSecondsLeft, msUntilNextSecond } from '@lsq-otp/core';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Cooldown {
  /** Whole seconds left; 0 when not cooling down. */
  secondsLeft: number;
  /** Starts (or extends) a cooldown of `ms` milliseconds from now. */
  start: (ms: number) => void;
  /** Tells, without waiting for a render, whether the cooldown is running. */
  isActive: () => boolean;
}

/** Runs a countdown that re-renders once per second while it lasts. */
export function useCooldown(): Cooldown {
  const untilRef = useRef(0);
  const [until, setUntil] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);

  const start = useCallback((ms: number) => {
    const next = Math.max(untilRef.current, Date.now() + ms);
    untilRef.current = next;
    setUntil(next);
    setSecondsLeft(cooldownSecondsLeft(next, Date.now()));
  }, []);

  const isActive = useCallback(() => untilRef.current > Date.now(), []);

  useEffect(() => {
    if (until === 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = Date.now();
      setSecondsLeft(cooldownSecondsLeft(until, now));
      if (now < until) timer = setTimeout(tick, msUntilNextSecond(until, now));
    };
    timer = setTimeout(tick, msUntilNextSecond(until, Date.now()));
    return () => clearTimeout(timer);
  }, [until]);

  return { secondsLeft, start, isActive };
}
