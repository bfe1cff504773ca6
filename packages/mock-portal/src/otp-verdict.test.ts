import { describe, expect, it } from 'vitest';
import type { IssuedOtp } from './issued-otps.js';
import { judgeOtp } from './otp-verdict.js';

const issued: IssuedOtp = {
  code: 'code-1',
  otp: '123456',
  issuedAt: 1_000,
  failedAttempts: 0,
};
const limits = { ttlMs: 300_000, maxAttempts: 5 };
const right = { otp: '123456', code: 'code-1' };

describe('judgeOtp', () => {
  it('accepts the right OTP with the latest Code', () => {
    expect(judgeOtp(issued, right, 2_000, limits)).toEqual({
      outcome: 'accepted',
    });
  });

  it('counts down the attempts of a wrong OTP', () => {
    const wrong = { ...right, otp: '654321' };
    expect(judgeOtp(issued, wrong, 2_000, limits)).toEqual({
      outcome: 'wrong',
      attemptsLeft: 4,
    });
    expect(
      judgeOtp({ ...issued, failedAttempts: 4 }, wrong, 2_000, limits),
    ).toEqual({ outcome: 'wrong', attemptsLeft: 0 });
  });

  it('expires a burned Code even with the right OTP', () => {
    const burned = { ...issued, failedAttempts: 5 };
    expect(judgeOtp(burned, right, 2_000, limits).outcome).toBe('expired');
  });

  it('expires at the TTL', () => {
    expect(judgeOtp(issued, right, 300_999, limits).outcome).toBe('accepted');
    expect(judgeOtp(issued, right, 301_000, limits).outcome).toBe('expired');
  });

  it('expires another Code without counting an attempt', () => {
    const old = { ...right, code: 'code-0' };
    expect(judgeOtp(issued, old, 2_000, limits).outcome).toBe('expired');
  });

  it('expires when nothing was issued', () => {
    expect(judgeOtp(undefined, right, 2_000, limits).outcome).toBe('expired');
  });
});
