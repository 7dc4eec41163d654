import { describe, expect, it } from 'vitest';
import { DAY_MS, OTP_MAIL_SUBJECT, TRUST_NOTICE_SUBJECT, TRUSTED_DEVICE_MAX_DAYS } from '@hellowork/contracts';
import { newJobSeeker } from '../../../testing/accounts';
import { claimsOf, SAFARI_ON_IPHONE, TestBrowser, trustEntryOf } from '../../../testing/apiClient';
import { passTrustedDeviceTime } from '../../../testing/clock';
import { storedCollection } from '../../../testing/stored';
import { mailsTo, mailedCodeIn, waitForMail } from '../../../testing/mailbox';

const otpMailCount = async (email: string) => (await mailsTo(email)).filter((mail) => mail.subject === OTP_MAIL_SUBJECT).length;

/** A job seeker who logged in once in `browser` and chose to skip the OTP there from now on. */
async function trustedIn(browser: TestBrowser, name: string) {
  const seeker = await newJobSeeker(name);
  await browser.signIn(seeker.email, seeker.password, { trust: true });
  return seeker;
}

describe('trusted browsers: skipping the OTP for up to 90 days', () => {
  it('issues the secret as an HttpOnly, Secure, SameSite=Strict __session cookie for at most 90 days', async () => {
    const seeker = await newJobSeeker('cookie');
    const browser = new TestBrowser();
    const login = await browser.login(seeker.email, seeker.password);
    const code = mailedCodeIn(await waitForMail(seeker.email));
    const answer = await browser.verifyOtp((login.body as { verificationId: string }).verificationId, code, true);

    expect(answer.setCookie).toHaveLength(1);
    const cookie = answer.setCookie[0]!;
    expect(cookie).toMatch(new RegExp(`^__session=${seeker.uid}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43};`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBe((TRUSTED_DEVICE_MAX_DAYS * DAY_MS) / 1000);
  });

  it('keeps only a hash of the secret, with its times and a label from the user agent', async () => {
    const browser = new TestBrowser();
    const seeker = await trustedIn(browser, 'at-rest');
    const { secret } = trustEntryOf(browser.session!);
    const [device] = await storedCollection(`users/${seeker.uid}/trustedDevices`);
    expect(device).toBeDefined();
    expect(JSON.stringify(device)).not.toContain(secret);
    expect(device!.label).toBe('Chrome / Windows');
    const created = device!.createdAt.toMillis();
    expect(device!.expiresAt.toMillis() - created).toBe(TRUSTED_DEVICE_MAX_DAYS * DAY_MS);
    expect(device!.lastUsedAt.toMillis()).toBe(created);
  });

  it('signs the trusted browser straight in, with no mail, and marks the device used', async () => {
    const browser = new TestBrowser();
    const seeker = await trustedIn(browser, 'skip');
    const mailsBefore = await otpMailCount(seeker.email);
    const answer = await browser.login(seeker.email, seeker.password);
    expect(answer.body.status).toBe('signed-in');
    expect(claimsOf((answer.body as { customToken: string }).customToken).claims).toEqual({
      secondFactor: 'trustedDevice',
      sessionId: expect.any(String),
    });
    expect(await otpMailCount(seeker.email)).toBe(mailsBefore);
    const [device] = await storedCollection(`users/${seeker.uid}/trustedDevices`);
    expect(device!.lastUsedAt.toMillis()).toBeGreaterThan(device!.createdAt.toMillis());
  });

  it('still wants the right password from a trusted browser', async () => {
    const browser = new TestBrowser();
    const seeker = await trustedIn(browser, 'password-still');
    const answer = await browser.login(seeker.email, 'wrong');
    expect(answer.body.error.code).toBe('invalid-credentials');
  });

  it('asks another browser for an OTP', async () => {
    const seeker = await trustedIn(new TestBrowser(), 'other-browser');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it("never lets one account's secret skip another account's OTP", async () => {
    const browser = new TestBrowser();
    await trustedIn(browser, 'account-a');
    const other = await newJobSeeker('account-b');
    expect((await browser.login(other.email, other.password)).body.status).toBe('otp-required');
  });

  it('keeps both accounts trusted when two share one browser', async () => {
    const browser = new TestBrowser();
    const first = await trustedIn(browser, 'family-1');
    const second = await trustedIn(browser, 'family-2');
    expect((await browser.login(first.email, first.password)).body.status).toBe('signed-in');
    expect((await browser.login(second.email, second.password)).body.status).toBe('signed-in');
  });

  it('asks for an OTP again once 90 days have passed', async () => {
    const browser = new TestBrowser();
    const seeker = await trustedIn(browser, 'expiry');
    await passTrustedDeviceTime(seeker.uid, TRUSTED_DEVICE_MAX_DAYS - 1);
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('signed-in');
    await passTrustedDeviceTime(seeker.uid, 1);
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('treats a tampered or garbage cookie as no trust', async () => {
    const browser = new TestBrowser();
    const seeker = await trustedIn(browser, 'tampered');
    const { uid, deviceId } = trustEntryOf(browser.session!);
    for (const tampered of [`${uid}.${deviceId}.${'A'.repeat(43)}`, `${deviceId}.${'A'.repeat(43)}`]) {
      browser.session = tampered;
      expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    }
    browser.session = '%%%;;garbage';
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('mails the account holder when a browser is trusted: when, which browser, how to undo it', async () => {
    const browser = new TestBrowser(SAFARI_ON_IPHONE);
    const seeker = await trustedIn(browser, 'notice');
    const notice = await waitForMail(seeker.email, TRUST_NOTICE_SUBJECT);
    expect(notice.text).toContain('端末・ブラウザ：Safari / iOS');
    expect(notice.text).toMatch(/設定日時：\d{4}年\d{2}月\d{2}日 \d{2}時\d{2}分/);
    expect(notice.text).toContain('ワンタイムパスワードの入力を再開する');
  });
});

describe('revoking trusted browsers', () => {
  it('revokes every browser of the account at once: the next login anywhere asks for an OTP', async () => {
    const pc = new TestBrowser();
    const phone = new TestBrowser(SAFARI_ON_IPHONE);
    const seeker = await trustedIn(pc, 'revoke-all');
    const idToken = await phone.signIn(seeker.email, seeker.password, { trust: true });

    const answer = await phone.call('revokeAllTrustedDevices', {}, { idToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ revoked: 2 });
    expect(await storedCollection(`users/${seeker.uid}/trustedDevices`)).toEqual([]);
    expect((await pc.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await phone.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('revokes one browser alone and leaves the others trusted', async () => {
    const pc = new TestBrowser();
    const phone = new TestBrowser(SAFARI_ON_IPHONE);
    const seeker = await trustedIn(pc, 'revoke-one');
    const idToken = await phone.signIn(seeker.email, seeker.password, { trust: true });
    const settings = await phone.call('getAccountSettings', {}, { idToken });
    const pcDevice = settings.body.trustedDevices.find((device: { label: string }) => device.label === 'Chrome / Windows');

    expect((await phone.call('revokeTrustedDevice', { deviceId: pcDevice.id }, { idToken })).body).toEqual({ revoked: 1 });
    expect((await pc.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await phone.login(seeker.email, seeker.password)).body.status).toBe('signed-in');
  });

  it("cannot revoke another account's browser", async () => {
    const victimBrowser = new TestBrowser();
    const victim = await trustedIn(victimBrowser, 'victim');
    const [victimDevice] = await storedCollection(`users/${victim.uid}/trustedDevices`);
    const attacker = await newJobSeeker('attacker');
    const attackerBrowser = new TestBrowser();
    const idToken = await attackerBrowser.signIn(attacker.email, attacker.password);

    const answer = await attackerBrowser.call('revokeTrustedDevice', { deviceId: victimDevice!.id }, { idToken });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not-found');
    expect((await victimBrowser.login(victim.email, victim.password)).body.status).toBe('signed-in');
  });

  it('refuses to revoke without a session that passed both steps', async () => {
    const answer = await new TestBrowser().call('revokeAllTrustedDevices', {});
    expect(answer.status).toBe(401);
  });
});
