/** Whole seconds left until `untilMs`, rounded up; 0 once it has passed. */
export function cooldownSecondsLeft(untilMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((untilMs - nowMs) / 1000));
}

/**
 * Milliseconds until the seconds-left figure next changes, so a countdown
 * re-renders once a second on the boundary instead of polling.
 */
export function msUntilNextSecond(untilMs: number, nowMs: number): number {
  const left = untilMs - nowMs;
  if (left <= 0) return 0;
  return left % 1000 || 1000;
}
