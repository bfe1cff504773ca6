import { describe, expect, it } from 'vitest';
import { cooldownSecondsLeft, msUntilNextSecond } from './cooldown.js';

describe('cooldownSecondsLeft', () => {
  it.each([
    [5_000, 0, 5],
    [5_000, 1, 5],
    [5_000, 4_001, 1],
    [5_000, 5_000, 0],
    [5_000, 9_000, 0],
  ])('until %i at %i is %i', (until, now, expected) => {
    expect(cooldownSecondsLeft(until, now)).toBe(expected);
  });
});

describe('msUntilNextSecond', () => {
  it.each([
    [5_000, 0, 1_000],
    [5_000, 250, 750],
    [5_000, 4_999, 1],
    [5_000, 5_000, 0],
  ])('until %i at %i is %i', (until, now, expected) => {
    expect(msUntilNextSecond(until, now)).toBe(expected);
  });
});
