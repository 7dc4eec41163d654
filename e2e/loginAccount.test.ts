import { describe, expect, it } from 'vitest';
import {
  EMAIL_CHANGED_SUBJECT,
  EMAIL_CONFIRMATION_SUBJECT,
  RE_REGISTERED_SUBJECT,
  RE_REGISTRATION_CANCELLED_SUBJECT,
  RE_REGISTRATION_HELD_SUBJECT,
} from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { endReRegistrationHold } from '../testing/functionsData';
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
const NEW_PASSWORD = 'Sairoku-Password 2026';

// Each journey runs on one device, and checkScreen checks its screens at both sizes.
describe('the login account and the 求職状態', () => {
  it('アカウントを再登録: 求職番号 and 生年月日, a code from the new mailbox, a new password, the hold, then the login with both (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-re-register');
    const newEmail = unknownAddress();
    const { page } = await chromium.newBrowser(device);
    await page.goto('/login');
    await page.getByRole('link', { name: 'アカウントを再登録' }).click();
    await page.getByRole('heading', { name: 'アカウントを再登録' }).waitFor();
    await checkScreen(page, device, { title: 'アカウントを再登録', screenshot: 're-registration-identity' });

    // A wrong birth date first: one message that names neither field.
    await page.getByLabel('求職番号').fill(seeker.jobSeekerNumber);
    await page.getByLabel('生年月日').fill('1990-04-02');
    await page.getByLabel('新しいメールアドレス').fill(newEmail);
    await page.getByRole('button', { name: '確認コードを送信' }).click();
    await page.getByRole('alert').filter({ hasText: '求職番号または生年月日が正しくありません。' }).waitFor();
    await checkScreen(page, device, { title: 'アカウントを再登録' });

    const newMailbox = await watchMailbox(newEmail);
    const oldMailbox = await watchMailbox(seeker.email);
    await page.getByLabel('生年月日').fill(seeker.birthDate);
    await page.getByRole('button', { name: '確認コードを送信' }).click();
    await page.getByLabel('確認コード').waitFor();
    await checkScreen(page, device, { title: 'アカウントを再登録', screenshot: 're-registration-code' });

    await page.getByLabel('確認コード').fill(mailedCodeIn(await newMailbox.next(EMAIL_CONFIRMATION_SUBJECT)));
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole('button', { name: 'アカウントを再登録' }).click();
    await page.getByRole('status').filter({ hasText: 'アカウントの再登録を受け付けました。' }).waitFor();
    await checkScreen(page, device, { title: 'アカウントを再登録', screenshot: 're-registration-done' });
    expect((await oldMailbox.next(RE_REGISTRATION_HELD_SUBJECT)).text).toContain('取り消しコード：');

    // The hold is over (72 hours; the tester console's 再登録を反映する).
    expect(await endReRegistrationHold(seeker.uid)).toBe(true);
    expect((await oldMailbox.next(RE_REGISTERED_SUBJECT)).text).toContain('ご自身の操作でない場合は');

    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    await finishLogin(page, await loginUntilOtp(page, newEmail, NEW_PASSWORD));
  });

  it('再登録を取り消す: the holder of the old address cancels, with the code from its mail, a re-registration they did not ask for (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-re-register-cancel');
    const newEmail = unknownAddress();
    const [newMailbox, oldMailbox] = [await watchMailbox(newEmail), await watchMailbox(seeker.email)];
    const stranger = new TestBrowser();
    const { jobSeekerNumber, birthDate } = seeker;
    const requested = await stranger.call('requestReRegistration', { jobSeekerNumber, birthDate, email: newEmail });
    const code = mailedCodeIn(await newMailbox.next(EMAIL_CONFIRMATION_SUBJECT));
    const verificationId = requested.body.verificationId as string;
    expect((await stranger.call('completeReRegistration', { verificationId, code, newPassword: NEW_PASSWORD })).status).toBe(200);
    const cancelCode = /取り消しコード：([\d-]+)/.exec((await oldMailbox.next(RE_REGISTRATION_HELD_SUBJECT)).text)![1]!;

    const { page } = await chromium.newBrowser(device);
    await page.goto('/login');
    await page.getByRole('link', { name: 'アカウントを再登録' }).click();
    await page.getByRole('link', { name: '再登録を取り消す' }).click();
    await page.getByRole('heading', { name: '再登録を取り消す' }).waitFor();
    await checkScreen(page, device, { title: '再登録を取り消す', screenshot: 're-registration-cancel' });
    await page.getByLabel('取り消しコード').fill(cancelCode);
    await page.getByRole('button', { name: '取り消す' }).click();
    await page.getByRole('status').filter({ hasText: 'アカウントの再登録を取り消しました。' }).waitFor();
    await checkScreen(page, device, { title: '再登録を取り消す' });
    expect((await oldMailbox.next(RE_REGISTRATION_CANCELLED_SUBJECT)).text).toContain('変わっていません');
    // Nothing changed: the hold is gone, and the old address and password still log in.
    expect(await endReRegistrationHold(seeker.uid)).toBe(false);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('メールアドレスの変更 on アカウントを編集: the current password, a code from the new mailbox, and this browser stays trusted (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-new-address');
    const newEmail = unknownAddress();
    const { page } = await chromium.newBrowser(device);
    await loginAndTrustThisBrowser(page, seeker.email, seeker.password);
    await openVariousSettings(page);
    await page.getByRole('link', { name: 'アカウントを編集' }).click();
    const section = page.getByRole('region', { name: 'メールアドレスの変更' });
    await section.getByText(`現在のメールアドレス: ${seeker.email}`).waitFor();
    await checkScreen(page, device, { title: 'アカウントを編集', screenshot: 'email-change' });

    const newMailbox = await watchMailbox(newEmail);
    const oldMailbox = await watchMailbox(seeker.email);
    await section.getByLabel('現在のパスワード').fill(seeker.password);
    await section.getByLabel('新しいメールアドレス').fill(newEmail);
    await section.getByRole('button', { name: '確認コードを送信' }).click();
    await section.getByLabel('確認コード').fill(mailedCodeIn(await newMailbox.next(EMAIL_CONFIRMATION_SUBJECT)));
    await checkScreen(page, device, { title: 'アカウントを編集', screenshot: 'email-change-code' });
    await section.getByRole('button', { name: 'メールアドレスを変更' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `メールアドレスを ${newEmail} に変更しました。` })
      .waitFor();
    await checkScreen(page, device, { title: 'アカウントを編集' });
    expect((await oldMailbox.next(EMAIL_CHANGED_SUBJECT)).text).toContain(newEmail);

    await page.getByRole('link', { name: '各種設定に戻る' }).click();
    await page.getByRole('heading', { name: '各種設定', exact: true }).waitFor();
    await page.getByText(newEmail).waitFor();
    // The password did not change, so this browser still skips the code, now under the new address.
    await logout(page);
    await page.getByLabel('メールアドレス').fill(newEmail);
    await page.getByLabel('パスワード').fill(seeker.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
  });

  it('求職無効: asks first, then 各種設定 shows 無効 and the home says what is closed (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-cancel');
    const { page } = await chromium.newBrowser(device);
    await finishLogin(page, await loginUntilOtp(page, seeker.email, seeker.password));
    // 有効: the referral jobs are shown (none yet for a new job seeker).
    await page.getByText('現在、紹介対象の求人はありません。').waitFor();
    await openVariousSettings(page);
    await page.getByRole('button', { name: '求職無効' }).click();
    const dialog = page.getByRole('dialog', { name: '求職無効確認' });
    await dialog.waitFor();
    await checkScreen(page, device, { title: '各種設定', screenshot: 'job-seeking-cancel-dialog' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('status').filter({ hasText: '求職状態を「無効」にしました(求職取消)。' }).waitFor();
    await expect.poll(() => page.getByTestId('job-seeker-status').textContent()).toBe('無効');
    await checkScreen(page, device, { title: '各種設定' });

    await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click();
    await page.getByRole('note').filter({ hasText: '求職状態が「無効」のため' }).waitFor();
    expect(await page.getByText(/紹介対象の?求人/).count()).toBe(0);
    await checkScreen(page, device, { title: '求職者マイページホーム', screenshot: 'home-inactive' });
  });
});
