import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../testing/accounts';
import { OTP_MAIL_SUBJECT } from '@hellowork/contracts';
import { mailsTo } from '../testing/mailbox';
import { loginUntilOtp, logout, otpInput, skipOtpCheckbox, submitLogin, useChromium } from './browser';

const chromium = useChromium();

describe('skipping the OTP on a trusted browser, and resuming it', () => {
  it('trusts this browser after the confirmation, skips the OTP next time, and resumes it from 各種設定', async () => {
    const seeker = await newJobSeeker('e2e-trust');
    const { page } = await chromium.newBrowser();
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
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('キャンセル');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('送信');

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
    await page.getByRole('link', { name: '各種設定' }).click();
    const presence = page.getByTestId('trusted-device-presence');
    await presence.filter({ hasText: 'あり' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'この端末' }).waitFor();

    // キャンセル changes nothing; 完了 revokes every browser.
    const resume = page.getByRole('button', { name: 'ワンタイムパスワードの入力を再開する' });
    await resume.click();
    const confirm = page.getByRole('dialog', { name: 'ワンタイムパスワード入力再開確認' });
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await presence.filter({ hasText: 'あり' }).waitFor();
    await resume.click();
    await confirm.getByRole('button', { name: '完了' }).click();
    await page.getByText('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。').waitFor();
    await presence.filter({ hasText: 'なし' }).waitFor();

    // And the OTP is asked again on this very browser.
    await logout(page);
    await loginUntilOtp(page, seeker.email, seeker.password);
  });

  it('asks another browser for the OTP while one is trusted', async () => {
    const seeker = await newJobSeeker('e2e-other-browser');
    const first = await chromium.newBrowser();
    const code = await loginUntilOtp(first.page, seeker.email, seeker.password);
    await otpInput(first.page).fill(code);
    await skipOtpCheckbox(first.page).check();
    await first.page.getByRole('button', { name: '送信' }).click();
    await first.page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await first.page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();

    const second = await chromium.newBrowser();
    await loginUntilOtp(second.page, seeker.email, seeker.password);
  });
});
