import {
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { ensureStorybookBuild } from './storybook-static.js';

let server: MockPortalServer;
let browser: Browser;

beforeAll(async () => {
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

async function apiRequestCount() {
  const response = await fetch(`${server.portalUrl}/__mock/requests`);
  const requests = (await response.json()) as { method: string }[];
  return requests.filter(({ method }) => method === 'POST').length;
}

describe('Pages/Login offline', () => {
  it('drops a send while offline and never sends it later', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${server.url}/iframe.html?id=pages-login--login&viewMode=story`,
    );
    await page
      .getByRole('textbox', { name: 'Phone number' })
      .fill('(415) 555-2671');

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'You are offline.' })
      .waitFor();

    await context.setOffline(false);
    await page.waitForTimeout(1_000);
    expect(await apiRequestCount()).toBe(0);

    await page.getByRole('button', { name: 'Send code' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'We sent a code to' })
      .waitFor();
    expect(await apiRequestCount()).toBe(1);
    await context.close();
  });
});
