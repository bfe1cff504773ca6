import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { loginStoryPath, startHarness } from './harness.js';

const typedNumber = '(415) 555-2671';
const fieldContent = '+1-4155552671';
const getOtpPath = '/api/Authentication/SigninOTP/Get';
const signinPath = '/api/Authentication/Signin';

// Added to the mock portal's clock, so a test can make an OTP expire.
let clockOffsetMs = 0;

const harness = startHarness({
  clock: () => Date.now() + clockOffsetMs,
});

beforeEach(() => {
  clockOffsetMs = 0;
  harness.server.portal.reset();
});

interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Opens the Login page in a fresh context, with a clock the test can move. */
async function openLoginPage(): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.clock.install();
  await page.goto(`${harness.server.url}${loginStoryPath}`);
  return page;
}

/** Sends a code from the phone step and returns the `Code` it returned. */
async function sendCode(page: Page): Promise<string> {
  await page.getByRole('textbox', { name: 'Phone number' }).fill(typedNumber);
  const response = page.waitForResponse((answer) =>
    answer.url().endsWith(getOtpPath),
  );
  await page.getByRole('button', { name: 'Send code' }).click();
  const { Code } = (await (await response).json()) as { Code: string };
  await codeInput(page).waitFor();
  return Code;
}

/** Reads the latest OTP "sent" to the number from the mock portal's outbox. */
async function latestOtp(): Promise<string> {
  const response = await fetch(`${harness.server.portalUrl}/__mock/outbox`);
  const outbox = (await response.json()) as { to: string; otp: string }[];
  const sent = outbox.filter((entry) => entry.to === fieldContent);
  return sent.at(-1)?.otp ?? '';
}

async function loggedRequests(): Promise<LoggedRequest[]> {
  const response = await fetch(`${harness.server.portalUrl}/__mock/requests`);
  return (await response.json()) as LoggedRequest[];
}

function codeInput(page: Page) {
  return page.getByRole('textbox', { name: 'Code from the SMS' });
}

function resendButton(page: Page) {
  return page.getByRole('button', { name: 'Send a new code' });
}

/** Returns a six-digit OTP other than `otp`. */
function wrongOtp(otp: string): string {
  return otp === '000000' ? '111111' : '000000';
}

async function waitForText(page: Page, text: string | RegExp) {
  const element = page.getByText(text);
  await element.waitFor();
  return element;
}

describe('Pages/Login sign-in in built Storybook', () => {
  it('signs in with the OTP from the outbox', async () => {
    const page = await openLoginPage();
    const code = await sendCode(page);
    const otp = await latestOtp();
    expect(otp).toMatch(/^\d{6}$/);

    const signinResponse = page.waitForResponse((answer) =>
      answer.url().endsWith(signinPath),
    );
    await codeInput(page).pressSequentially(otp);
    const { AuthKey } = (await (await signinResponse).json()) as {
      AuthKey: string;
    };

    const signedIn = await waitForText(page, /Signed in as lead/);
    expect(await signedIn.textContent()).toMatch(
      /^Signed in as lead [0-9a-f-]{36}$/,
    );
    const signins = (await loggedRequests()).filter(
      (request) => request.path === signinPath,
    );
    expect(signins).toHaveLength(1);
    expect(signins[0]?.body).toEqual({
      OTPSigninRequest: true,
      OTPSigninData: { Otp: otp, FieldContent: fieldContent, Code: code },
    });

    // The page keeps no session secret or number in storage or the URL.
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
    );
    expect(stored).not.toContain(AuthKey);
    expect(stored).not.toContain('4155552671');
    expect(page.url()).not.toContain(AuthKey);
    await page.close();
  });

  it('rejects a wrong code, then accepts the right one', async () => {
    const page = await openLoginPage();
    await sendCode(page);
    const otp = await latestOtp();

    await codeInput(page).pressSequentially(wrongOtp(otp));
    await waitForText(page, 'That code is wrong. Check the SMS and try again.');
    expect(await codeInput(page).getAttribute('aria-invalid')).toBe('true');

    await codeInput(page).fill('');
    await codeInput(page).pressSequentially(otp);
    await waitForText(page, /Signed in as lead/);
    await page.close();
  });

  it('rejects an expired code', async () => {
    const page = await openLoginPage();
    await sendCode(page);
    const otp = await latestOtp();

    // The mock portal's OTPs live 300 s by default.
    clockOffsetMs = 301_000;
    await codeInput(page).pressSequentially(otp);
    await waitForText(
      page,
      'That code has expired or was already used. Send a new code.',
    );
    expect(await page.getByText(/Signed in as lead/).count()).toBe(0);
    await page.close();
  });

  it('resends a new Code and retires the old one', async () => {
    const page = await openLoginPage();
    const firstCode = await sendCode(page);
    const firstOtp = await latestOtp();

    await page.clock.fastForward(61_000);
    const resent = page.waitForResponse((answer) =>
      answer.url().endsWith(getOtpPath),
    );
    await resendButton(page).click();
    const { Code: secondCode } = (await (await resent).json()) as {
      Code: string;
    };
    await waitForText(page, 'We sent a new code.');
    const secondOtp = await latestOtp();
    expect(secondCode).not.toBe(firstCode);

    // The first Code no longer signs in, even with its own OTP.
    const old = await fetch(`${harness.server.portalUrl}${signinPath}`, {
      method: 'POST',
      headers: { Authorization: 'mock-public-auth-key' },
      body: JSON.stringify({
        OTPSigninRequest: true,
        OTPSigninData: {
          Otp: firstOtp,
          FieldContent: fieldContent,
          Code: firstCode,
        },
      }),
    });
    expect(old.status).toBe(400);
    expect(
      ((await old.json()) as { ExceptionType: string }).ExceptionType,
    ).toBe('MXOTPExpiredException');

    await codeInput(page).pressSequentially(secondOtp);
    await waitForText(page, /Signed in as lead/);
    const signins = (await loggedRequests()).filter(
      (request) =>
        request.path === signinPath &&
        (request.body as { OTPSigninData: { Otp: string } }).OTPSigninData
          .Otp === secondOtp,
    );
    expect(signins).toHaveLength(1);
    expect(signins[0]?.body).toMatchObject({
      OTPSigninData: { Code: secondCode },
    });
    await page.close();
  });

  it('holds resending through the cooldown and a reload', async () => {
    const page = await openLoginPage();
    await sendCode(page);

    expect(await resendButton(page).getAttribute('aria-disabled')).toBe('true');
    await waitForText(page, 'You can send a new code in 60 s.');
    await page.clock.fastForward(20_000);
    await waitForText(page, 'You can send a new code in 40 s.');
    await resendButton(page).click({ force: true });
    expect(await countOtpRequests()).toBe(1);

    // After a reload the Code is gone, but the wait for this number stays.
    await page.reload();
    await page.getByRole('textbox', { name: 'Phone number' }).fill(typedNumber);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page
      .getByRole('button', { name: /Send/ })
      .and(page.locator('[aria-disabled="true"]'))
      .waitFor();
    expect(await countOtpRequests()).toBe(1);

    await page.clock.fastForward(41_000);
    await page.getByRole('button', { name: /Send/ }).click();
    await codeInput(page).waitFor();
    expect(await countOtpRequests()).toBe(2);
    await page.close();
  });
});

async function countOtpRequests(): Promise<number> {
  const requests = await loggedRequests();
  return requests.filter((request) => request.path === getOtpPath).length;
}
