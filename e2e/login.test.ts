import { describe, expect, it } from 'vitest';
import { errorMessages, routes, SESSION_IDLE_MINUTES } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { passSessionTime } from '../testing/clock';
import type { Locator, Page } from 'playwright-core';
import {
  checkScreen,
  desktop,
  devices,
  loginUntilOtp,
  logout,
  otpInput,
  phone,
  skipOtpCheckbox,
  submitLogin,
  useChromium,
  type Device,
} from './browser';

const chromium = useChromium();

/** Within the window as the page opens, without scrolling, top to bottom in this order. */
async function expectOnFirstScreen(page: Page, device: Device, inOrder: Locator[]) {
  expect(await page.evaluate(() => window.scrollY), 'scrolled').toBe(0);
  let previousTop = -1;
  for (const locator of inOrder) {
    const box = (await locator.boundingBox())!;
    expect(box.y + box.height, `${String(locator)} ends within the ${device.name}'s first screen`).toBeLessThanOrEqual(
      device.viewport.height,
    );
    expect(box.y, `${String(locator)} comes after the one before`).toBeGreaterThan(previousTop);
    previousTop = box.y;
  }
}

describe.each(devices)('login with an e-mailed one-time password ($name)', (device) => {
  it('takes a job seeker from the login screen through the OTP to the My Page home', async () => {
    const seeker = await newJobSeeker('e2e-login');
    const { page } = await chromium.newBrowser(device);

    await page.goto('/');
    await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor(); // signed-out visitors are sent here
    for (const link of ['パスワードをお忘れの方', 'アカウントを再登録', '求職者マイページ利用者マニュアル(利用登録者)']) {
      await page.getByRole('link', { name: link }).waitFor();
    }
    await checkScreen(page, device, { title: '求職者マイページにログイン', screenshot: 'login' });

    const code = await loginUntilOtp(page, seeker.email, seeker.password);
    await expectOnFirstScreen(page, device, [
      otpInput(page),
      page.getByText('▲注意'),
      skipOtpCheckbox(page),
      page.getByRole('button', { name: '送信' }),
    ]);
    await checkScreen(page, device, { title: 'ワンタイムパスワード入力', screenshot: 'otp' });
    await expect(otpInput(page).getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(otpInput(page).getAttribute('inputmode')).resolves.toBe('numeric');
    await otpInput(page).fill(code);
    await page.getByRole('button', { name: '送信' }).click();

    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
    await page.getByText('今回が初めてのログインです。').waitFor();
    await page.getByText('試験 利用者様').waitFor();
    await page.getByText('利用安定所名: 渋谷公共職業安定所').waitFor();
    for (const item of ['ホーム', '求人検索', '求職活動状況', 'メッセージ', '求職者情報・設定']) {
      await page.getByRole('navigation').getByRole('link', { name: item, exact: true }).waitFor();
    }
    await checkScreen(page, device, { title: '求職者マイページホーム', screenshot: 'home' });

    await logout(page);
    await page.goto(routes.variousSettings);
    await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();

    const secondCode = await loginUntilOtp(page, seeker.email, seeker.password);
    await otpInput(page).fill(secondCode);
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText(/前回のログイン日時: \d{4}年\d{2}月\d{2}日 \d{2}時\d{2}分/).waitFor();
  });
});

// What follows asks the same of a phone and a desktop: each runs on one, and checkScreen checks its screens at both sizes.
describe('login with an e-mailed one-time password', () => {
  it('accepts the right code after a wrong one, telling how many tries are left (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-wrong-code');
    const { page } = await chromium.newBrowser(device);
    const code = await loginUntilOtp(page, seeker.email, seeker.password);

    await page.getByRole('button', { name: '送信' }).click();
    const required = page.getByText('ワンタイムパスワードを入力してください。');
    await required.waitFor();
    // The field's own error is announced and tied to the field.
    expect(await required.getAttribute('role')).toBe('alert');
    expect(await otpInput(page).getAttribute('aria-describedby')).toContain(await required.getAttribute('id'));
    await checkScreen(page, device, { title: 'ワンタイムパスワード入力' });

    await otpInput(page).fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '送信' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'ワンタイムパスワードが正しくありません' });
    await refusal.waitFor();
    await page.getByText('あと9回間違えると、ワンタイムパスワードが無効になります。').waitFor();
    expect(await otpInput(page).getAttribute('aria-describedby')).toContain(await refusal.getAttribute('id'));
    await checkScreen(page, device, { title: 'ワンタイムパスワード入力' });

    // Full-width digits, as a Japanese IME types them.
    await otpInput(page).fill(code.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)));
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
  });

  it('locks the account after 5 wrong passwords, even for the right one (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-lockout');
    const { page } = await chromium.newBrowser(device);
    for (let i = 1; i <= 4; i++) {
      await submitLogin(page, seeker.email, `wrong-${i}`);
      await page.getByRole('alert').filter({ hasText: 'メールアドレスまたはパスワードが正しくありません' }).waitFor();
    }
    await checkScreen(page, device, { title: '求職者マイページにログイン' });
    await submitLogin(page, seeker.email, 'wrong-5');
    await page.getByRole('alert').filter({ hasText: 'アカウントがロックされています' }).waitFor();

    await submitLogin(page, seeker.email, seeker.password);
    const alert = page.getByRole('alert').filter({ hasText: 'アカウントがロックされています' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('5分程度で自動解除されます');
    expect(page.url()).toMatch(/\/login$/);
    await checkScreen(page, device, { title: '求職者マイページにログイン' });
  });

  it('sends a user whose code is spent back to the login screen (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-dead-end');
    const { page } = await chromium.newBrowser(device);
    const code = await loginUntilOtp(page, seeker.email, seeker.password);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 10; i++) {
      await otpInput(page).fill(wrong);
      await page.getByRole('button', { name: '送信' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: i < 9 ? `あと${9 - i}回` : '10回間違えたため' })
        .waitFor();
    }
    await checkScreen(page, device, { title: 'ワンタイムパスワード入力' });
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();
  });

  it(`returns to the login screen, saying why, after ${SESSION_IDLE_MINUTES} minutes without use (desktop)`, async () => {
    const seeker = await newJobSeeker('e2e-idle');
    const { page } = await chromium.newBrowser(desktop);
    const code = await loginUntilOtp(page, seeker.email, seeker.password);
    await otpInput(page).fill(code);
    await page.getByRole('button', { name: '送信' }).click();
    // The home's own request answered before the clock moves: the refusal is then the reload's to meet.
    await page.getByRole('complementary', { name: '求職者情報' }).waitFor();

    await passSessionTime(seeker.uid, SESSION_IDLE_MINUTES + 1);
    await page.reload();
    await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();
    await page.getByRole('alert').filter({ hasText: errorMessages['session-idle'] }).waitFor();
    // Reloaded again (the refusal often lands just as the job seeker presses reload): the login still says why.
    await page.reload();
    await page.getByRole('alert').filter({ hasText: errorMessages['session-idle'] }).waitFor();
  });
});
