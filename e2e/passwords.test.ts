import { describe, expect, it } from 'vitest';
import { PASSWORD_CHANGED_SUBJECT, PASSWORD_RESET_MAIL_SUBJECT } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';
import {
  checkScreen,
  desktop,
  phone,
  fillNewPassword,
  finishLogin,
  loginAndTrustThisBrowser,
  loginUntilOtp,
  logout,
  openVariousSettings,
  useChromium,
} from './browser';

const chromium = useChromium();
const NEW_PASSWORD = 'Atarashii Password 2026';

// Each journey runs on one device, and checkScreen checks its screens at both sizes.
describe('a new password', () => {
  it('パスワードをお忘れの方: the address, the 確認コード from MailDev, the new password, then the login with it (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-reset');
    const { page } = await chromium.newBrowser(device);
    await page.goto('/login');
    await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
    await page.getByRole('heading', { name: 'パスワードをお忘れの方' }).waitFor();
    await checkScreen(page, device, { title: 'パスワードをお忘れの方', screenshot: 'password-reset-address' });

    const mailbox = await watchMailbox(seeker.email);
    await page.getByLabel('メールアドレス').fill(seeker.email);
    await page.getByRole('button', { name: '確認コードを送信' }).click();
    await page.getByLabel('確認コード').waitFor();
    await checkScreen(page, device, { title: 'パスワードをお忘れの方', screenshot: 'password-reset-code' });

    // A wrong code first: named 確認コード, with the tries left.
    const code = mailedCodeIn(await mailbox.next(PASSWORD_RESET_MAIL_SUBJECT));
    await page.getByLabel('確認コード').fill(code === '000000' ? '111111' : '000000');
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを再設定' }).click();
    await page.getByRole('alert').filter({ hasText: 'あと9回間違えると、確認コードが無効になります。' }).waitFor();
    await checkScreen(page, device, { title: 'パスワードをお忘れの方' });

    await page.getByLabel('確認コード').fill(code);
    await page.getByRole('button', { name: 'パスワードを再設定' }).click();
    await page.getByRole('status').filter({ hasText: 'パスワードを再設定しました。' }).waitFor();
    await checkScreen(page, device, { title: 'パスワードをお忘れの方', screenshot: 'password-reset-done' });
    await mailbox.next(PASSWORD_CHANGED_SUBJECT);

    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    const loginCode = await loginUntilOtp(page, seeker.email, NEW_PASSWORD);
    await finishLogin(page, loginCode);
  });

  it('パスワード変更 on アカウントを編集: stays signed in here, and the trusted browser asks for the code again (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-change');
    const { page } = await chromium.newBrowser(device);
    await loginAndTrustThisBrowser(page, seeker.email, seeker.password);
    await openVariousSettings(page);
    await page.getByRole('link', { name: 'アカウントを編集' }).click();
    await page.getByRole('heading', { name: 'パスワード変更' }).waitFor();
    await checkScreen(page, device, { title: 'アカウントを編集', screenshot: 'password-change' });

    // The current password typed as the new one is caught at the field.
    await page.getByRole('region', { name: 'パスワード変更' }).getByLabel('現在のパスワード').fill(seeker.password);
    await fillNewPassword(page, seeker.password);
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByText('現在のパスワードと同じパスワードは使えません。').waitFor();
    await checkScreen(page, device, { title: 'アカウントを編集' });

    const mailbox = await watchMailbox(seeker.email);
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByRole('status').filter({ hasText: 'パスワードを変更しました。' }).waitFor();
    await checkScreen(page, device, { title: 'アカウントを編集' });
    await mailbox.next(PASSWORD_CHANGED_SUBJECT);

    // Still signed in, with the fresh session: My Page answers.
    await page.getByRole('link', { name: '各種設定に戻る' }).click();
    await page.getByRole('heading', { name: '各種設定', exact: true }).waitFor();
    await page.getByText(seeker.email).waitFor();
    await logout(page);
    const code = await loginUntilOtp(page, seeker.email, NEW_PASSWORD);
    expect(code).toMatch(/^\d{6}$/);
    await finishLogin(page, code);
  });
});
