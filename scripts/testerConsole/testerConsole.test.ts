import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_CONFIRMATION_SUBJECT,
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  CODE_MAILS_PER_WINDOW,
  CODE_VALID_MINUTES,
  SESSION_IDLE_MINUTES,
  TRUSTED_DEVICE_MAX_DAYS,
} from '@hellowork/contracts';
import { newJobSeeker } from '../../testing/accounts';
import { TestBrowser } from '../../testing/apiClient';
import { mailedCodeIn, watchMailbox } from '../../testing/mailbox';
import { demoJobSeekers, newJobSeekerNumber } from '../../testing/demoData';
import { ports, urls } from '../lib/ports';
import { call, ownOrigin, page, post } from './consoleClient';
import { SHOWN_JOB_SEEKERS } from './state';

// The console as a tester uses it (form posts from its own page), against the running stack.

/** The part of the page about one job seeker. */
const sectionOf = (html: string, email: string) => {
  const start = html.indexOf(`(${email})</h3>`);
  if (start === -1) throw new Error(`${email} is not on the console`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('tester console', () => {
  it('creates a job seeker who can then log in with a code from MailDev', async () => {
    const email = `console-${randomBytes(4).toString('hex')}@example.jp`;
    // Typed as a tester may, without the hyphen; shown as the 求職受付票 prints it.
    const number = newJobSeekerNumber().replace('-', '');
    const created = await post('/job-seekers', {
      displayName: '窓口 次郎',
      email,
      password: 'Madoguchi#2025',
      officeName: '新宿公共職業安定所',
      jobSeekerNumber: number,
      birthDate: '1988-08-08',
    });
    expect(created.status).toBe(303);
    const shown = new URL(created.location!, ownOrigin).searchParams;
    expect(shown.get('done')).toBe(`窓口 次郎(${email})を作成しました。`);
    expect(shown.get('q')).toBe(email); // the page then shows the new job seeker

    const browser = new TestBrowser();
    const mailbox = await watchMailbox(email);
    const login = await browser.login(email, 'Madoguchi#2025');
    expect(login.body.status).toBe('otp-required');
    const mail = await mailbox.next();
    const code = mailedCodeIn(mail);

    // The console shows the open code's facts and links to its mail, never the code.
    const section = sectionOf(await page(email), email);
    expect(section).toContain('新宿公共職業安定所');
    expect(section).toContain(`${number.slice(0, 5)}-${number.slice(5)}`);
    expect(section).toContain('<dd class="code-state">有効</dd>');
    expect(section).toContain(`${urls.mail}/#/email/${mail.id}`);
    expect(section).toContain(`<dd>1通 / ${CODE_MAILS_PER_WINDOW}通まで</dd>`);
    expect(section).not.toContain(code);

    expect((await browser.verifyOtp(login.body.verificationId, code)).status).toBe(200);
  });

  it('refuses a job seeker the contracts refuse, and an address already taken, keeping what was typed', async () => {
    const bad = await post('/job-seekers', {
      displayName: '窓口 三郎',
      email: 'not-an-address',
      password: 'x',
      officeName: '渋谷公共職業安定所',
      jobSeekerNumber: '123',
      birthDate: '1990-04-01',
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('求職番号は、求職受付票に記載の数字13桁で入力してください。');
    expect(bad.body).toContain('メールアドレスの形式が正しくありません');
    expect(bad.body).toContain('value="窓口 三郎"');

    const taken = await post('/job-seekers', {
      displayName: '重複',
      email: demoJobSeekers[0]!.email,
      password: 'x',
      officeName: '渋谷公共職業安定所',
      jobSeekerNumber: newJobSeekerNumber(),
      birthDate: '1990-04-01',
    });
    expect(taken.status).toBe(422);
    expect(taken.body).toContain('既にいます');

    const takenNumber = await post('/job-seekers', {
      displayName: '重複番号',
      email: `console-${randomBytes(4).toString('hex')}@example.jp`,
      password: 'Madoguchi#2025',
      officeName: '渋谷公共職業安定所',
      jobSeekerNumber: demoJobSeekers[0]!.jobSeekerNumber,
      birthDate: '1990-04-01',
    });
    expect(takenNumber.status).toBe(422);
    expect(takenNumber.body).toContain(`求職番号 ${demoJobSeekers[0]!.jobSeekerNumber} の求職者は既にいます`);
  });

  it(`shows the first ${SHOWN_JOB_SEEKERS} job seekers in full, counts the rest, and finds any one by part of the address`, async () => {
    const seeker = await newJobSeeker('console-search');
    const everyone = await page();
    const sections = (html: string) => html.match(/<section class="seeker"/g)?.length ?? 0;
    const total = Number(/求職者\((\d+)人\)/.exec(everyone)?.[1]);
    expect(total).toBeGreaterThanOrEqual(demoJobSeekers.length + 1);
    expect(sections(everyone)).toBe(Math.min(total, SHOWN_JOB_SEEKERS));
    if (total > SHOWN_JOB_SEEKERS) expect(everyone).toContain(`先頭の${SHOWN_JOB_SEEKERS}人を表示しています`);

    const part = seeker.email.slice(0, seeker.email.indexOf('@')).toUpperCase();
    const found = await page(part);
    expect(sections(found)).toBe(1);
    expect(found).toContain(`「${part}」に当てはまる求職者: 1人`);
    expect(found).toContain(`value="${part}"`);
    expect(sectionOf(found, seeker.email)).toContain('ロックなし');
    const nobody = await page(`<script>nobody-${randomBytes(4).toString('hex')}`);
    expect(sections(nobody)).toBe(0);
    expect(nobody).not.toContain('<script>');
  });

  it('shows a held re-registration, and 再登録を今すぐ反映する ends the hold: the new address and password log in', async () => {
    const seeker = await newJobSeeker('console-hold');
    const newEmail = `console-hold-${randomBytes(4).toString('hex')}@example.jp`;
    const mailbox = await watchMailbox(newEmail);
    const { jobSeekerNumber, birthDate } = seeker;
    const requested = await new TestBrowser().call('requestReRegistration', { jobSeekerNumber, birthDate, email: newEmail });
    const code = mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT));
    const newPassword = 'Console-Hold 2026';
    const verificationId = requested.body.verificationId as string;
    expect((await new TestBrowser().call('completeReRegistration', { verificationId, code, newPassword })).status).toBe(200);
    const held = sectionOf(await page(seeker.email), seeker.email);
    expect(held).toContain('アカウント再登録(保留中)');
    expect(held).toContain(`${newEmail} に切り替わります`);

    const ended = await post(`/job-seekers/${seeker.uid}/end-hold`);
    expect(ended.status).toBe(303);
    expect(new URL(ended.location!, ownOrigin).searchParams.get('q')).toBe(seeker.email);
    expect((await new TestBrowser().login(newEmail, newPassword)).body.status).toBe('otp-required');
    expect((await post(`/job-seekers/${seeker.uid}/end-hold`)).body).toContain('保留中の再登録はありません');
  });

  it('shows the lock after 5 wrong passwords, and unlock lets the right password in at once', async () => {
    const seeker = await newJobSeeker('console-unlock');
    const browser = new TestBrowser();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await browser.login(seeker.email, `wrong-${i}`);
    expect((await browser.login(seeker.email, seeker.password)).body.error.code).toBe('account-locked');
    expect(sectionOf(await page(seeker.email), seeker.email)).toContain('ロック中');

    expect((await post(`/job-seekers/${seeker.uid}/unlock`)).status).toBe(303);
    expect(sectionOf(await page(seeker.email), seeker.email)).toContain('ロックなし(連続して間違えたパスワード: 0回');
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('counts wrong passwords in a row across lock windows, and unlock clears that count too', async () => {
    const seeker = await newJobSeeker('console-streak');
    const browser = new TestBrowser();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await browser.login(seeker.email, `wrong-${i}`);
    await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'lock', amount: String(LOCKOUT_MINUTES) });
    for (let i = 0; i < 2; i++) await browser.login(seeker.email, `again-${i}`);
    const before = sectionOf(await page(seeker.email), seeker.email);
    expect(before).toContain('ロックなし(連続して間違えたパスワード: 2回');
    expect(before).toContain(`ロック期間をまたいで連続して間違えた回数: ${LOCKOUT_MAX_FAILURES + 2}回`);

    await post(`/job-seekers/${seeker.uid}/unlock`);
    const after = sectionOf(await page(seeker.email), seeker.email);
    expect(after).toContain('ロックなし(連続して間違えたパスワード: 0回');
    expect(after).toContain('ロック期間をまたいで連続して間違えた回数: 0回');
  });

  it(`lifts the lock when ${LOCKOUT_MAX_FAILURES} minutes are passed for it`, async () => {
    const seeker = await newJobSeeker('console-lock-time');
    const browser = new TestBrowser();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await browser.login(seeker.email, `wrong-${i}`);
    await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'lock', amount: '4' });
    expect((await browser.login(seeker.email, seeker.password)).body.error.code).toBe('account-locked');
    await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'lock', amount: '1' });
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it(`voids the code when ${CODE_VALID_MINUTES + 1} minutes are passed for it`, async () => {
    const seeker = await newJobSeeker('console-code-time');
    const browser = new TestBrowser();
    const mailbox = await watchMailbox(seeker.email);
    const login = await browser.login(seeker.email, seeker.password);
    const code = mailedCodeIn(await mailbox.next());

    const moved = await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'code', amount: String(CODE_VALID_MINUTES + 1) });
    expect(moved.status).toBe(303);
    expect(sectionOf(await page(seeker.email), seeker.email)).toContain('期限切れ');
    expect((await browser.verifyOtp(login.body.verificationId, code)).body.error.code).toBe('code-expired');
  });

  it(`asks a trusted browser for a code again when ${TRUSTED_DEVICE_MAX_DAYS + 1} days are passed for it`, async () => {
    const seeker = await newJobSeeker('console-trust-time');
    const browser = new TestBrowser();
    await browser.signIn(seeker.email, seeker.password, { trust: true });
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('signed-in');
    expect(sectionOf(await page(seeker.email), seeker.email)).toContain('Chrome / Windows');

    await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'trust', amount: String(TRUSTED_DEVICE_MAX_DAYS + 1) });
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it(`lists the open sessions, and ends one unused for ${SESSION_IDLE_MINUTES} minutes when that time is passed`, async () => {
    const seeker = await newJobSeeker('console-session');
    const browser = new TestBrowser();
    const idToken = await browser.signIn(seeker.email, seeker.password);
    expect(sectionOf(await page(seeker.email), seeker.email)).toMatch(/<li class="session">\s*Chrome \/ Windows(.|\n)*— 有効/);

    await post(`/job-seekers/${seeker.uid}/pass-time`, { target: 'session', amount: String(SESSION_IDLE_MINUTES) });
    expect(sectionOf(await page(seeker.email), seeker.email)).toContain('無効(操作がないまま時間が過ぎました)');
    expect((await browser.call('getMyPageHome', {}, { idToken })).body.error.code).toBe('session-idle');
  });

  it("shows the job seeker's security events as ログイン履歴 does", async () => {
    const seeker = await newJobSeeker('console-events');
    const browser = new TestBrowser();
    await browser.login(seeker.email, 'wrong');
    await browser.signIn(seeker.email, seeker.password);
    // The wrong password's event arrives through the follow-up task queue, after its answer.
    await expect
      .poll(async () => sectionOf(await page(seeker.email), seeker.email), { timeout: 30_000 })
      .toMatch(
        /<ol class="security-events">(.|\n)*ログイン成功\(ワンタイムパスワード\) — Chrome \/ Windows(.|\n)*パスワード誤り — Chrome \/ Windows/,
      );
  });

  it('refuses time moves it cannot make sense of', async () => {
    const seeker = await newJobSeeker('console-bad-time');
    for (const form of [
      { target: 'lock', amount: '-5' },
      { target: 'lock', amount: 'abc' },
      { target: 'weather', amount: '5' },
    ]) {
      expect((await post(`/job-seekers/${seeker.uid}/pass-time`, form)).status).toBe(422);
    }
    expect((await post('/job-seekers/nobody/pass-time', { target: 'lock', amount: '5' })).status).toBe(422);
  });

  it('answers only requests that name it in the Host header (no DNS rebinding)', async () => {
    expect((await call('GET', '/')).status).toBe(200);
    expect((await call('GET', '/', { headers: { host: `localhost:${ports.testerConsole}` } })).status).toBe(200);
    for (const host of [`attacker.example:${ports.testerConsole}`, 'attacker.example', `127.0.0.1:${ports.testerConsole + 1}`]) {
      const answer = await call('GET', '/', { headers: { host } });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('求職者');
    }
  });

  it('refuses a post from another origin, or one that names none, and changes nothing', async () => {
    const seeker = await newJobSeeker('console-csrf');
    const browser = new TestBrowser();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await browser.login(seeker.email, `wrong-${i}`);
    for (const headers of [{ origin: 'http://attacker.example' }, { origin: 'null' }, { origin: `http://localhost:${ports.web}` }]) {
      expect((await post(`/job-seekers/${seeker.uid}/unlock`, {}, headers)).status).toBe(403);
    }
    const noOrigin = await call('POST', `/job-seekers/${seeker.uid}/unlock`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
    });
    expect(noOrigin.status).toBe(403);
    expect((await browser.login(seeker.email, seeker.password)).body.error.code).toBe('account-locked');
  });

  it('serves the logs of each service read-only, and nothing else from disk', async () => {
    expect((await call('GET', '/logs/emulators.log')).status).toBe(200);
    expect(await page()).toContain('href="/logs/emulators.log"');
    for (const path of ['/logs/../../functions/.secret.local', '/logs/%2e%2e%2ffunctions%2f.secret.local', '/logs/nothing.log']) {
      expect((await call('GET', path)).status).toBe(404);
    }
    expect((await post('/logs/emulators.log')).status).toBe(404);
  });
});

describe('tester console outside the local stack', () => {
  it('refuses to start without the emulators of a demo- project', () => {
    const env = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '', GCLOUD_PROJECT: 'hellowork-production' };
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))], {
      env,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('refusing to start');
    expect(result.stderr).toContain('not a demo- project');
  });
});
