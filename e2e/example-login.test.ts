import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type MockPortalServer,
  startMockPortalServer,
} from '@lsq-otp/mock-portal';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../scripts/chromium.js';

const exampleDistDir = path.resolve('examples/login/dist');

let server: MockPortalServer;
let browser: Browser;

beforeAll(async () => {
  // The test command builds the example before the tests. Run on its own,
  // this file builds it.
  if (!existsSync(path.join(exampleDistDir, 'index.html'))) {
    execFileSync('pnpm', ['example:build'], { stdio: 'inherit' });
  }
  server = await startMockPortalServer({
    port: 0,
    basePath: '/mock-portal',
    staticDir: exampleDistDir,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface LoggedRequest {
  path: string;
  body: unknown;
}

describe('examples/login built from the packed packages', () => {
  it('accepts typing before the form loads', async () => {
    const page = await browser.newPage();
    // Holds the lazily loaded form, with its metadata, until released.
    let releaseForm = () => {};
    const formHeld = new Promise<void>((resolve) => (releaseForm = resolve));
    let formRequested = false;
    await page.route('**/assets/PhoneOtpRequestForm-*.js', async (route) => {
      formRequested = true;
      await formHeld;
      await route.continue();
    });
    await page.goto(`${server.url}/`);

    const country = page.getByRole('combobox', { name: 'Country' });
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    await phone.pressSequentially('4155552671');
    expect(await country.isDisabled()).toBe(true);

    expect(formRequested).toBe(true);
    releaseForm();
    await expect.poll(() => country.isEnabled()).toBe(true);
    expect(await phone.inputValue()).toBe('4155552671');
    expect(
      await phone.evaluate((input) => input === document.activeElement),
    ).toBe(true);

    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your phone' }).waitFor();

    const response = await fetch(`${server.portalUrl}/__mock/requests`);
    const requests = (await response.json()) as LoggedRequest[];
    expect(requests).toHaveLength(1);
    expect(requests[0]?.path).toBe('/api/Authentication/SigninOTP/Get');
    expect(requests[0]?.body).toEqual({
      FieldSchemaName: 'Phone',
      FieldContent: '+1-4155552671',
    });
    await page.close();
  });
});
