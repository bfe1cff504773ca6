import { describe, expect, it } from 'vitest';
import { loginStoryPath, startHarness } from './harness.js';

const harness = startHarness();

interface LoggedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

describe('Pages/Login in built Storybook', () => {
  it('requests one OTP for the typed number', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.server.url}${loginStoryPath}`);

    await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
    await page
      .getByRole('textbox', { name: 'Phone number' })
      .fill('(415) 555-2671');
    await page.getByRole('button', { name: 'Send code' }).click();

    const confirmation = page.getByRole('status').filter({
      hasText: 'We sent a code to',
    });
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toBe(
      'We sent a code to +1 415 555 2671.',
    );

    const response = await fetch(`${harness.server.portalUrl}/__mock/requests`);
    const requests = (await response.json()) as LoggedRequest[];
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.path).toBe('/api/Authentication/SigninOTP/Get');
    expect(requests[0]?.headers.authorization).toBe('mock-public-auth-key');
    expect(requests[0]?.body).toEqual({
      FieldSchemaName: 'Phone',
      FieldContent: '+1-4155552671',
    });

    const outbox = await (
      await fetch(`${harness.server.portalUrl}/__mock/outbox`)
    ).json();
    expect(outbox).toHaveLength(1);
    await page.close();
  });
});
