import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { ensureStorybookBuild } from './storybook-static.js';

// `pnpm screenshots` writes the README's pictures; the test run only checks
// that each scheme renders with its own background.
const outputDir = process.env.UPDATE_SCREENSHOTS
  ? path.resolve('docs/screenshots')
  : path.resolve('.test-results/screenshots');

let server: MockPortalServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  server = await startMockPortalServer({
    port: 0,
    basePath: '/mock-portal',
    staticDir: ensureStorybookBuild(),
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('default schemes', () => {
  it.each([
    ['light', 'theming--default-light', 'rgb(255, 255, 255)'],
    ['dark', 'theming--default-dark', 'rgb(22, 27, 34)'],
  ])('renders the %s scheme', async (scheme, storyId, background) => {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.goto(`${server.url}/iframe.html?id=${storyId}&viewMode=story`);
    const input = page.getByRole('textbox', { name: 'Phone number' });
    await input.fill('020 7946 0958');
    await page.getByText('We’ll text a one-time code to').waitFor();

    const form = page.locator('form');
    expect(
      await form.evaluate(
        (element) => getComputedStyle(element).backgroundColor,
      ),
    ).toBe(background);
    await form.evaluate((element) => {
      (element as HTMLElement).style.padding = '20px';
    });
    await form.screenshot({
      path: path.join(outputDir, `request-form-${scheme}.png`),
      animations: 'disabled',
    });
    await page.close();
  });
});
