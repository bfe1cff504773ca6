import { describe, expect, it } from 'vitest';
import { loginStoryPath, startHarness } from './harness.js';

const harness = startHarness();

describe('Pages/Login with the keyboard alone', () => {
  it('signs in from phone number to lead', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}${loginStoryPath}`);
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('name') ?? element?.tagName;
      });

    await page.getByRole('textbox', { name: 'Phone number' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('country');
    // A focused native select picks the option whose name is typed.
    await page.keyboard.type('United States');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Country' }).inputValue())
      .toBe('US');

    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('phone');
    await page.keyboard.type('(415) 555-2671');
    await page.keyboard.press('Enter');

    const codeInput = page.getByRole('textbox', { name: 'Code from the SMS' });
    await codeInput.waitFor();
    await expect.poll(() => focusedName()).toBe('one-time-code');

    const outbox = (await (
      await fetch(`${harness.server.portalUrl}/__mock/outbox`)
    ).json()) as { to: string; otp: string }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.to).toBe('+1-4155552671');
    await page.keyboard.type(outbox[0]?.otp ?? '');

    await page
      .getByRole('status')
      .filter({ hasText: /Signed in as lead \S+/ })
      .waitFor();
    await context.close();
  });

  it('shows a visible focus ring on each control', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.server.url}${loginStoryPath}`);
    await page.getByRole('textbox', { name: 'Phone number' }).waitFor();
    for (const name of ['country', 'phone']) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: style.outlineWidth };
      });
      expect(outline, name).toEqual({ style: 'solid', width: '3px' });
    }
    await page.close();
  });
});
