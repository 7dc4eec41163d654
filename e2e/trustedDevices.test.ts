import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../testing/accounts';
import { OTP_MAIL_SUBJECT } from '@hellowork/contracts';
import { mailsTo, mailedCodeIn, watchMailbox } from '../testing/mailbox';
import {
  checkScreen,
  desktop,
  loginAndTrustThisBrowser,
  loginUntilOtp,
  logout,
  openVariousSettings,
  otpInput,
  phone,
  skipOtpCheckbox,
  submitLogin,
  trustedDevicePresence,
  useChromium,
} from './browser';

const chromium = useChromium();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

// Each journey runs on one device, and checkScreen checks its screens at both sizes; the desktop trusts and resumes
// by keyboard alone, below.
describe('skipping the OTP on a trusted browser, and resuming it', () => {
  it('trusts this browser after the confirmation, skips the OTP next time, and resumes it from 各種設定 (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-trust');
    const { page } = await chromium.newBrowser(device);
    const code = await loginUntilOtp(page, seeker.email, seeker.password);

    await page
      .getByText('本人以外の方が利用する可能性がある共有端末の場合は、下のチェックボックスにはチェックしないでください。')
      .waitFor();
    expect(await skipOtpCheckbox(page).isChecked()).toBe(false);
    await otpInput(page).fill(code);
    await skipOtpCheckbox(page).check();
    const send = page.getByRole('button', { name: '送信' });
    await send.click();

    // A real modal: focus inside, Esc cancels, focus comes back.
    const dialog = page.getByRole('dialog', { name: 'ワンタイムパスワード省略設定確認' });
    await dialog.waitFor();
    await dialog.getByText('▲注意').waitFor();
    await dialog.getByText('より安全に当サイトを利用するため、ワンタイムパスワードの利用を強く推奨します。', { exact: false }).waitFor();
    await checkScreen(page, device, { title: 'ワンタイムパスワード入力', screenshot: 'otp-skip-confirm' });
    expect(await focusedText(page)).toBe('キャンセル');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('送信');

    // キャンセル: back on the OTP screen, the code still valid, nothing trusted.
    await send.click();
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await page.context().cookies()).some((cookie) => cookie.name === '__session')).toBe(false);

    await send.click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();

    // The secret is out of reach of page scripts.
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === '__session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('__session');

    // Next login on this browser: straight home, no mail.
    await logout(page);
    const otpMails = (await mailsTo(seeker.email)).filter((mail) => mail.subject === OTP_MAIL_SUBJECT).length;
    await submitLogin(page, seeker.email, seeker.password);
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
    expect((await mailsTo(seeker.email)).filter((mail) => mail.subject === OTP_MAIL_SUBJECT)).toHaveLength(otpMails);

    // 求職者情報・設定 → 各種設定: あり, with this browser listed.
    await page.getByRole('navigation').getByRole('link', { name: '求職者情報・設定' }).click();
    await page.getByRole('heading', { name: '求職者情報・設定' }).waitFor();
    await checkScreen(page, device, { title: '求職者情報・設定', screenshot: 'job-seeker-info' });
    await page.getByRole('link', { name: '各種設定' }).click();
    await trustedDevicePresence(page).filter({ hasText: 'あり' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'この端末' }).waitFor();
    await checkScreen(page, device, { title: '各種設定', screenshot: 'settings' });

    // キャンセル changes nothing; 完了 revokes every browser.
    const resume = page.getByRole('button', { name: 'ワンタイムパスワードの入力を再開する' });
    await resume.click();
    const confirm = page.getByRole('dialog', { name: 'ワンタイムパスワード入力再開確認' });
    await confirm.waitFor();
    await confirm.getByText('『完了』をクリックすると、ワンタイムパスワード入力を省略する設定を、全ての端末から解除します。').waitFor();
    await checkScreen(page, device, { title: '各種設定', screenshot: 'otp-skip-revoke-dialog' });
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await trustedDevicePresence(page).filter({ hasText: 'あり' }).waitFor();
    await resume.click();
    await confirm.getByRole('button', { name: '完了' }).click();
    await page.getByText('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。').waitFor();
    await trustedDevicePresence(page).filter({ hasText: 'なし' }).waitFor();
    await checkScreen(page, device, { title: '各種設定', screenshot: 'otp-skip-revoked' });

    // And the OTP is asked again on this very browser.
    await logout(page);
    await loginUntilOtp(page, seeker.email, seeker.password);
  });

  it('asks another browser for the OTP while one is trusted (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-other-browser');
    const first = await chromium.newBrowser(device);
    await loginAndTrustThisBrowser(first.page, seeker.email, seeker.password);

    const second = await chromium.newBrowser(device);
    await loginUntilOtp(second.page, seeker.email, seeker.password);
  });

  it('revokes one trusted browser from 各種設定 and leaves the other trusted (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-revoke-one');
    const home = await chromium.newBrowser(device);
    const other = await chromium.newBrowser(device);
    await loginAndTrustThisBrowser(other.page, seeker.email, seeker.password);
    await loginAndTrustThisBrowser(home.page, seeker.email, seeker.password);

    await openVariousSettings(home.page);
    const table = home.page.getByRole('table', { name: '省略する設定がされている端末・ブラウザ' });
    await table.getByRole('columnheader', { name: '最終利用日時' }).waitFor(); // on the phone too, for screen readers
    const rows = table.getByRole('row').filter({ has: home.page.getByRole('button', { name: '解除' }) });
    const otherRow = rows.filter({ hasNot: home.page.getByText('この端末') });
    await expect.poll(() => rows.count()).toBe(2);

    // キャンセル keeps it; 解除 in its own confirmation revokes that browser alone.
    await otherRow.getByRole('button', { name: '解除' }).click();
    const confirm = home.page.getByRole('dialog', { name: 'ワンタイムパスワード入力省略設定の解除' });
    await confirm.waitFor();
    await checkScreen(home.page, device, { title: '各種設定' });
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(() => rows.count()).toBe(2);
    await otherRow.getByRole('button', { name: '解除' }).click();
    await confirm.getByRole('button', { name: '解除' }).click();
    await home.page.getByRole('status').filter({ hasText: 'のワンタイムパスワード入力省略設定を解除しました。' }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.filter({ hasText: 'この端末' }).waitFor();
    await trustedDevicePresence(home.page).filter({ hasText: 'あり' }).waitFor();
    await checkScreen(home.page, device, { title: '各種設定' });

    // The revoked browser is asked for the OTP again; this one still is not.
    await logout(other.page);
    await loginUntilOtp(other.page, seeker.email, seeker.password);
    await logout(home.page);
    await submitLogin(home.page, seeker.email, seeker.password);
    await home.page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
  });
});

describe('keyboard alone', () => {
  const device = desktop;

  /** Presses Tab until the element has focus, and checks that the focus is visible there. */
  async function tabTo(page: Page, target: Locator, maxPresses = 40) {
    for (let presses = 0; presses < maxPresses; presses++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) {
        const focus = await target.evaluate((element) => ({
          visible: element.matches(':focus-visible'),
          outline: getComputedStyle(element).outlineStyle,
        }));
        expect(focus, 'visible focus').toEqual({ visible: true, outline: 'solid' });
        return;
      }
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  it('logs in with the OTP, trusts the browser through the dialog, and resumes the OTP from 各種設定', async () => {
    const seeker = await newJobSeeker('e2e-keyboard');
    const { page } = await chromium.newBrowser(device);
    await page.goto('/login');
    await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();

    await tabTo(page, page.getByLabel('メールアドレス'));
    await page.keyboard.type(seeker.email);
    await tabTo(page, page.getByLabel('パスワード'));
    await page.keyboard.type(seeker.password);
    const mailbox = await watchMailbox(seeker.email);
    await tabTo(page, page.getByRole('button', { name: 'ログイン' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'ワンタイムパスワード入力' }).waitFor();
    const code = mailedCodeIn(await mailbox.next());

    await tabTo(page, otpInput(page));
    await page.keyboard.type(code);
    await tabTo(page, skipOtpCheckbox(page));
    await page.keyboard.press('Space');
    expect(await skipOtpCheckbox(page).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: '送信' }));
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'ワンタイムパスワード省略設定確認' });
    await dialog.waitFor();
    expect(await focusedText(page)).toBe('キャンセル');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('OK');
    await page.keyboard.press('Tab'); // trapped: back to the first button, not out to the page
    expect(await focusedText(page)).toBe('キャンセル');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('OK');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();

    await tabTo(page, page.getByRole('navigation').getByRole('link', { name: '求職者情報・設定' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '求職者情報・設定' }).waitFor();
    await tabTo(page, page.getByRole('link', { name: '各種設定' }));
    await page.keyboard.press('Enter');
    await trustedDevicePresence(page).filter({ hasText: 'あり' }).waitFor();

    const resume = page.getByRole('button', { name: 'ワンタイムパスワードの入力を再開する' });
    await tabTo(page, resume);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'ワンタイムパスワード入力再開確認' });
    await confirm.waitFor();
    await page.keyboard.press('Escape'); // Escape is キャンセル, and focus returns to the opener
    await confirm.waitFor({ state: 'hidden' });
    expect(await resume.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('完了');
    await page.keyboard.press('Enter');
    await page.getByText('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。').waitFor();
    await trustedDevicePresence(page).filter({ hasText: 'なし' }).waitFor();
  });
});
