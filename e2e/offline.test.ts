import { describe, expect, it } from 'vitest';
import { loginStoryPath, startHarness } from './harness.js';

const harness = startHarness();

async function apiRequestCount() {
  const response = await fetch(`${harness.server.portalUrl}/__mock/requests`);
  const requests = (await response.json()) as { method: string }[];
  return requests.filter(({ method }) => method === 'POST').length;
}

describe('Pages/Login offline', () => {
  it('drops a send while offline and never sends it later', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}${loginStoryPath}`);
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
