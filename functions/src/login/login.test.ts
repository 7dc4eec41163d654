import { describe, expect, it } from 'vitest';
import { errorMessages, CODE_MAX_WRONG_ENTRIES } from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../../../testing/accounts';
import { APP_URL, TestBrowser } from '../../../testing/apiClient';
import { storedDocument } from '../../../testing/stored';
import { mailsTo, mailedCodeIn, waitForMail } from '../../../testing/mailbox';

describe('login: e-mail and password, then an OTP by mail', () => {
  it('sends one OTP mail to the account address and returns only an opaque verification id', async () => {
    const seeker = await newJobSeeker('otp-mail');
    const browser = new TestBrowser();
    const answer = await browser.login(seeker.email, seeker.password);

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('otp-required');
    const mail = await waitForMail(seeker.email);
    expect(mail.subject).toBe('【ハローワーク】ワンタイムパスワード通知');
    const code = mailedCodeIn(mail);
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.text).toContain('30分間');
    expect(mail.text).toContain(`${CODE_MAX_WRONG_ENTRIES}回間違えた`);
    expect(answer.text).not.toContain(code);
    expect(await mailsTo(seeker.email)).toHaveLength(1);

    // Only a keyed hash of the code is at rest.
    const record = await storedDocument(`verifications/login-otp_${seeker.uid}`);
    expect(record).toBeDefined();
    expect(JSON.stringify(record)).not.toContain(code);
    expect(record!.codeHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives a wrong password and an unknown address the very same answer', async () => {
    const seeker = await newJobSeeker('same-answer');
    const browser = new TestBrowser();
    const wrongPassword = await browser.login(seeker.email, 'not-the-password');
    const noAccount = await browser.login(unknownAddress(), 'not-the-password');

    expect(wrongPassword.status).toBe(401);
    expect(noAccount.status).toBe(wrongPassword.status);
    expect(noAccount.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.error).toEqual({ code: 'invalid-credentials', message: errorMessages['invalid-credentials'] });
    expect(await mailsTo(seeker.email)).toHaveLength(0);
  });

  it('treats the address case-insensitively and ignores surrounding spaces', async () => {
    const seeker = await newJobSeeker('case');
    const answer = await new TestBrowser().login(`  ${seeker.email.toUpperCase()} `, seeker.password);
    expect(answer.body.status).toBe('otp-required');
  });

  it.each([
    ['an empty body', {}],
    ['an empty address', { email: '', password: 'x' }],
    ['a malformed address', { email: 'not-an-address', password: 'x' }],
    ['an empty password', { email: 'a@example.jp', password: '' }],
    ['a number for the password', { email: 'a@example.jp', password: 12345 }],
    ['an absurdly long password', { email: 'a@example.jp', password: 'x'.repeat(10_000) }],
    ['an array', [1, 2]],
  ])('refuses %s with invalid-argument before any check', async (_case, body) => {
    const answer = await new TestBrowser().call('login', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid-argument');
    expect(answer.body.error.message).toBe(errorMessages['invalid-argument']);
  });

  it('answers a malformed request with a 400 and no stack trace', async () => {
    const browser = new TestBrowser();
    const brokenJson = await browser.call('login', null, { raw: '{"email": ' });
    expect(brokenJson.status).toBe(400);
    expect(brokenJson.text).not.toMatch(/at .*\.js|SyntaxError|node_modules/);

    const form = await browser.call('login', null, { raw: 'email=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(400);
    expect(form.body.error.code).toBe('invalid-argument');

    const get = await fetch(`${APP_URL}/api/login`);
    expect(get.status).toBe(405);
    expect(((await get.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
  });

  it('refuses a request another site made the browser send', async () => {
    const seeker = await newJobSeeker('cross-site');
    const answer = await new TestBrowser().call(
      'login',
      { email: seeker.email, password: seeker.password },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(answer.status).toBe(405);
    expect(answer.body.error.code).toBe('method-not-allowed');
    expect(await mailsTo(seeker.email)).toHaveLength(0);
  });
});
