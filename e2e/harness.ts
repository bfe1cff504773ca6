import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type MockPortalServer,
  type StartMockPortalServerOptions,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../scripts/chromium.js';

export const storybookStaticDir = path.resolve('storybook-static');

/** Path of the Pages/Login story on a server of the built Storybook. */
export const loginStoryPath =
  '/iframe.html?id=pages-login--login&viewMode=story';

/**
 * Builds Storybook when no build exists, so the end-to-end tests also run on
 * their own; the test command builds it before them.
 */
export function ensureStorybookBuild(): string {
  if (!existsSync(path.join(storybookStaticDir, 'iframe.html'))) {
    execFileSync(
      'pnpm',
      ['exec', 'storybook', 'build', '--quiet', '-o', storybookStaticDir],
      {
        stdio: 'inherit',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
  }
  return storybookStaticDir;
}

export interface Harness {
  /** The mock portal at `/mock-portal`, serving static files beside it. */
  server: MockPortalServer;
  browser: Browser;
}

/**
 * Starts a Chromium and a server of the built Storybook (or of `staticDir`)
 * with a mock portal at `/mock-portal`. Both run for the tests of one file.
 */
export function startHarness(
  options: Partial<StartMockPortalServerOptions> = {},
): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startMockPortalServer({
      port: 0,
      basePath: '/mock-portal',
      ...options,
      staticDir: options.staticDir ?? ensureStorybookBuild(),
    });
    harness.browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
