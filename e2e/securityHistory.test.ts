import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../testing/accounts';
import { checkScreen, phone, loginAndTrustThisBrowser, openVariousSettings, submitLogin, useChromium } from './browser';

const chromium = useChromium();

// Each journey runs on one device, and checkScreen checks its screens at both sizes.
describe('ログイン履歴 on 各種設定', () => {
  it('after a wrong password, a login and a trust, shows the three in order, newest first (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-history');
    const { page } = await chromium.newBrowser(device);
    await submitLogin(page, seeker.email, 'not-my-password');
    await page
      .getByRole('alert')
      .filter({ hasText: /メールアドレスまたはパスワード/ })
      .waitFor();
    await loginAndTrustThisBrowser(page, seeker.email, seeker.password);
    await openVariousSettings(page);

    const logins = page.getByRole('table', { name: '最近のログイン' });
    await logins.waitFor();
    expect(await logins.locator('tbody tr td:first-of-type').allTextContents()).toEqual(['ログイン成功(ワンタイムパスワード)']);
    const history = page.getByRole('table', { name: '全ての記録' });
    const what = (await history.locator('tbody tr td:first-of-type').allTextContents()).filter(
      (text) => text !== 'ワンタイムパスワード送信',
    );
    expect(what).toEqual(['端末の省略設定', 'ログイン成功(ワンタイムパスワード)', 'パスワード誤り']);
    await page.getByText('覚えのない記録がある場合は、パスワードを変更してください。', { exact: false }).waitFor();
    await checkScreen(page, device, { title: '各種設定', screenshot: 'security-history' });
  });
});
