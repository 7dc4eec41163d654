import { describe, expect, it } from 'vitest';
import { CODE_VALID_MINUTES, routes } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { checkScreen, desktop, phone, loginUntilOtp, otpInput, useChromium } from './browser';

const chromium = useChromium();
const HELP_TITLE = '求職者マイページ利用者マニュアル(利用登録者)';

// Each journey runs on one device, and checkScreen checks its screens at both sizes.
describe('the help page', () => {
  it('opens from the OTP screen in a new tab at the code’s section, leaving the code entry as it was (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-help');
    const { context, page } = await chromium.newBrowser(device);
    await loginUntilOtp(page, seeker.email, seeker.password);
    await otpInput(page).fill('123');

    const [help] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /^ワンタイムパスワードの詳細、省略設定について/ }).click(),
    ]);
    const section = help.getByRole('heading', { level: 2, name: 'ワンタイムパスワード', exact: true });
    await section.waitFor();
    expect(new URL(help.url()).hash).toBe('#otp');
    // The section the link named is on screen, not the page's top.
    await expect.poll(() => section.evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(device.viewport.height);
    expect(await help.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await help.getByText(`有効時間は${CODE_VALID_MINUTES}分間です。`).waitFor();
    await checkScreen(help, device, { title: HELP_TITLE });

    expect(await otpInput(page).inputValue()).toBe('123');
  });

  it('opens from the login screen’s manual link, and an unknown address says it is not found (desktop)', async () => {
    const device = desktop;
    const { page } = await chromium.newBrowser(device);
    await page.goto(routes.login);
    await page.getByRole('link', { name: HELP_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: HELP_TITLE }).waitFor();
    expect(await page.getByText('準備中').count()).toBe(0);
    await checkScreen(page, device, { title: HELP_TITLE, screenshot: 'help' });

    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    await page.getByText('お探しのページは見つかりませんでした。').waitFor();
    await checkScreen(page, device, { title: 'ページが見つかりません' });
  });
});
