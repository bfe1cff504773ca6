import type { Plugin } from 'vite';

// Placeholder until the mock portal lands.
export function mockPortalPlugin(): Plugin {
  return { name: 'lsq-otp-mock-portal' };
}
