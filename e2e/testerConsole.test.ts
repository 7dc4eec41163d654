import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { LOCKOUT_MAX_FAILURES } from '@hellowork/contracts';
import { urls } from '../scripts/lib/ports';
import { loginUntilOtp, otpInput, submitLogin, useChromium } from './browser';

const chromium = useChromium();

describe('tester console', () => {
  it('lets a tester create a job seeker, watch the lock appear, unlock it, and log in', async () => {
    const email = `e2e-console-${randomBytes(4).toString('hex')}@example.jp`;
    const password = 'Madoguchi#2025';
    const { page: testerConsole } = await chromium.newBrowser();
    await testerConsole.goto(urls.testerConsole);
    await testerConsole.getByRole('heading', { name: 'ハローワーク テスト用コンソール', level: 1 }).waitFor();

    await testerConsole.getByLabel('氏名', { exact: true }).fill('窓口 花子');
    await testerConsole.getByLabel('メールアドレス', { exact: true }).fill(email);
    await testerConsole.getByLabel('パスワード', { exact: true }).fill(password);
    await testerConsole.getByLabel('安定所', { exact: true }).fill('飯田橋公共職業安定所');
    await testerConsole.getByRole('button', { name: '作成', exact: true }).click();
    await testerConsole
      .getByRole('status')
      .filter({ hasText: `窓口 花子(${email})を作成しました` })
      .waitFor();
    const seeker = testerConsole.getByRole('region', { name: `窓口 花子(${email})` });
    await seeker.getByText('ロックなし').waitFor();

    // The job seeker, in a browser of their own.
    const { page: app } = await chromium.newBrowser();
    // Each answer is awaited: leaving the page before it would cancel the request, and the lock would not come.
    for (let i = 1; i < LOCKOUT_MAX_FAILURES; i++) {
      await submitLogin(app, email, `wrong-${i}`);
      await app.getByRole('alert').filter({ hasText: 'メールアドレスまたはパスワードが正しくありません' }).waitFor();
    }
    await submitLogin(app, email, `wrong-${LOCKOUT_MAX_FAILURES}`);
    await app.getByRole('alert').filter({ hasText: 'アカウントがロックされています' }).waitFor();

    await testerConsole.getByRole('link', { name: '最新の状態を表示' }).click();
    await seeker.getByText(/ロック中: .*まで/).waitFor();
    await seeker.getByRole('button', { name: 'ロックを解除' }).click();
    await testerConsole.getByRole('status').filter({ hasText: 'ロックを解除しました' }).waitFor();
    await seeker.getByText('ロックなし').waitFor();

    const code = await loginUntilOtp(app, email, password);
    await otpInput(app).fill(code);
    await app.getByRole('button', { name: '送信' }).click();
    await app.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
    await app.getByText('窓口 花子様').waitFor();
  });
});
