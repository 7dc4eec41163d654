import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_PASSWORD_MAIL_SUBJECT, routes } from '@hellowork/contracts';
import { unknownAddress } from '../testing/accounts';
import { newJobSeekerNumber } from '../testing/demoData';
import { mailedCodeIn, settledMails } from '../testing/mailbox';
import { PROJECT_ID } from '../scripts/lib/ports';
import { checkScreen, devices, fillNewPassword, finishLogin, loginUntilOtp, useChromium } from './browser';

const chromium = useChromium();
const device = devices[0];
const FIRST_PASSWORD = 'Hajimete-no Password 2026';
const HEADER = '求職番号,生年月日,氏名,利用安定所,メールアドレス';
const folder = mkdtempSync(join(tmpdir(), 'hellowork-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** npm run job-seekers:import -- --project demo-hellowork <file>, as an operator runs it beside npm start. */
function runImport(lines: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.csv`);
  // As a spreadsheet saves UTF-8: with a BOM and CRLF.
  writeFileSync(file, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  return new Promise((resolve) =>
    execFile('npm', ['run', '--silent', 'job-seekers:import', '--', '--project', PROJECT_ID, file], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}

describe('the first job seekers of a project, imported from the offices’ list', () => {
  it('refuses a list with a bad row, naming it, and writes nothing; then imports it once, mails each a code, and the job seeker sets a first password and logs in', async () => {
    const [first, second] = [unknownAddress(), unknownAddress()];
    const [firstNumber, secondNumber] = [newJobSeekerNumber(), newJobSeekerNumber()];
    const rows = [
      `${firstNumber},1990/4/1,取込 一郎,飯田橋公共職業安定所,${first}`,
      `${secondNumber},1985-11-23,取込 花子,新宿公共職業安定所,${second}`,
    ];

    const refused = await runImport([...rows, `${newJobSeekerNumber()},1990-13-01,取込 次郎,渋谷公共職業安定所,not-an-address`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('何も書き込んでいません');
    expect(refused.stderr).toMatch(/4行目: 生年月日: .*メールアドレス: /);

    const imported = await runImport(rows);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/新規 2件.*更新 0件、変更なし 0件/);
    // Again, with one row's name and office changed: nothing twice, the change taken, no second mail.
    const again = await runImport([rows[0]!, rows[1]!.replace('取込 花子,新宿', '取込 華子,渋谷')]);
    expect(again.stdout).toMatch(/新規 0件.*更新 1件、変更なし 1件/);
    const [mails] = await Promise.all([
      settledMails(first, FIRST_PASSWORD_MAIL_SUBJECT, 1, 60_000),
      settledMails(second, FIRST_PASSWORD_MAIL_SUBJECT, 1, 60_000),
    ]);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.text).toContain('取込 一郎 様');
    expect(mail.text).toMatch(/有効期限：14日間/);

    // The link of the mail, on this stack's origin, and the code in it.
    const link = new URL(/https?:\/\/\S+/.exec(mail.text.slice(mail.text.indexOf(routes.firstPassword) - 100))![0]);
    expect(link.pathname).toBe(routes.firstPassword);
    const { page } = await chromium.newBrowser(device);
    await page.goto(`${link.pathname}${link.hash}`);
    await page.getByRole('heading', { name: '初回パスワード設定' }).waitFor();
    await checkScreen(page, device, { title: '初回パスワード設定', screenshot: 'first-password' });
    await page.getByLabel('確認コード').fill(mailedCodeIn(mail));
    await fillNewPassword(page, FIRST_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByRole('status').filter({ hasText: 'パスワードを設定しました。' }).waitFor();
    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    await finishLogin(page, await loginUntilOtp(page, first, FIRST_PASSWORD));
    await page.getByText('取込 一郎').first().waitFor();
  });
});
