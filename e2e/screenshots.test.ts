import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from './harness.js';

// `pnpm screenshots` writes the README's pictures; the test run only checks
// that each scheme renders with its own background.
const outputDir = process.env.UPDATE_SCREENSHOTS
  ? path.resolve('docs/screenshots')
  : path.resolve('.test-results/screenshots');

const harness = startHarness();

beforeAll(() => {
  mkdirSync(outputDir, { recursive: true });
});

describe('default schemes', () => {
  it.each([
    ['light', 'theming--default-light', 'rgb(255, 255, 255)'],
    ['dark', 'theming--default-dark', 'rgb(22, 27, 34)'],
  ])('renders the %s scheme', async (scheme, storyId, background) => {
    const page = await harness.browser.newPage({ deviceScaleFactor: 2 });
    await page.goto(
      `${harness.server.url}/iframe.html?id=${storyId}&viewMode=story`,
    );
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
