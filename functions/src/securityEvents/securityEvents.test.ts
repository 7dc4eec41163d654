import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  SECURITY_EVENT_RETENTION_DAYS,
  SECURITY_HISTORY_LOGINS,
  SECURITY_HISTORY_SIZE,
} from '@hellowork/contracts';
import { newJobSeeker } from '../../../testing/accounts';
import { SAFARI_ON_IPHONE, selfMadeIdToken, TestBrowser } from '../../../testing/apiClient';
import { passLockoutTime } from '../../../testing/clock';
import { mailedCodeIn, watchMailbox } from '../../../testing/mailbox';
import { storedCollection } from '../../../testing/stored';

type Seeker = Awaited<ReturnType<typeof newJobSeeker>>;

/** ログイン履歴 as the holder reads it (every kind, or the logins apart): [what, second factor, browser], newest first. */
async function history(browser: TestBrowser, idToken: string, part: 'events' | 'logins' = 'events') {
  const answer = await browser.call('getSecurityHistory', {}, { idToken });
  expect(answer.status).toBe(200);
  return (answer.body[part] as { at: string; type: string; secondFactor: string | null; client: string }[]).map((event) => [
    event.type,
    event.secondFactor,
    event.client,
  ]);
}

/** Events are written after a refusal is answered: read until they are there. */
const eventsOf = (seeker: Seeker) => storedCollection(`users/${seeker.uid}/securityEvents`);
const eventCount = async (seeker: Seeker) => (await eventsOf(seeker)).length;

describe('the audit trail and ログイン履歴', () => {
  it('records a wrong password, the code sent, the login with its factor and the trust, newest first', async () => {
    const seeker = await newJobSeeker('history');
    const phone = new TestBrowser(SAFARI_ON_IPHONE);
    expect((await phone.login(seeker.email, 'not-the-password')).body.error.code).toBe('invalid-credentials');
    const idToken = await phone.signIn(seeker.email, seeker.password, { trust: true });
    await expect
      .poll(() => history(phone, idToken), { timeout: 15_000 })
      .toEqual([
        ['device-trusted', null, 'Safari / iOS'],
        ['login', 'otp', 'Safari / iOS'],
        ['otp-sent', null, 'Safari / iOS'],
        ['password-failure', null, 'Safari / iOS'],
      ]);
  });

  it('keeps each event a year, with no secret, code or password in it', async () => {
    const seeker = await newJobSeeker('history-stored');
    const browser = new TestBrowser();
    await browser.login(seeker.email, 'Wrong#Password-1');
    await browser.signIn(seeker.email, seeker.password, { trust: true });
    // The wrong password's event arrives through the follow-up task queue, after its answer.
    await expect
      .poll(async () => (await eventsOf(seeker)).map((event) => event.type).sort(), { timeout: 30_000 })
      .toEqual(['device-trusted', 'login', 'otp-sent', 'password-failure']);
    const stored = await eventsOf(seeker);
    for (const event of stored) {
      expect(Object.keys(event).sort()).toEqual(['at', 'client', 'deleteAt', 'id', 'secondFactor', 'seq', 'type']);
      expect(event.deleteAt.toMillis() - event.at.toMillis()).toBe(SECURITY_EVENT_RETENTION_DAYS * DAY_MS);
      const text = JSON.stringify(event);
      expect(text).not.toContain('Wrong#Password-1');
      expect(text).not.toContain(seeker.password);
      expect(text).not.toContain(browser.session);
    }
  });

  it('records the lock once, with the failure that set it, and nothing for refusals it did not check', async () => {
    const seeker = await newJobSeeker('history-lock');
    for (let i = 0; i < LOCKOUT_MAX_FAILURES + 3; i++) await new TestBrowser().login(seeker.email, `wrong-${i}`);
    await expect.poll(() => eventCount(seeker), { timeout: 15_000 }).toBe(LOCKOUT_MAX_FAILURES + 1);
    const types = (await eventsOf(seeker)).sort((a, b) => a.at.toMillis() - b.at.toMillis() || a.seq - b.seq).map((event) => event.type);
    expect(types).toEqual([...Array.from({ length: LOCKOUT_MAX_FAILURES }, () => 'password-failure'), 'lockout']);
  });

  it('records wrong codes, a trusted-browser login and the revokes', async () => {
    const seeker = await newJobSeeker('history-otp');
    const browser = new TestBrowser();
    const mailbox = await watchMailbox(seeker.email);
    const { verificationId } = (await browser.login(seeker.email, seeker.password)).body;
    const code = mailedCodeIn(await mailbox.next());
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await browser.verifyOtp(verificationId, wrong)).body.error.code).toBe('code-wrong');
    await expect.poll(() => eventCount(seeker), { timeout: 15_000 }).toBe(2);
    expect((await browser.verifyOtp(verificationId, code, true)).status).toBe(200);
    const idToken = await browser.signIn(seeker.email, seeker.password); // straight in: trusted
    const devices = (await browser.call('getAccountSettings', {}, { idToken })).body.trustedDevices as { id: string }[];
    expect((await browser.call('revokeTrustedDevice', { deviceId: devices[0]!.id }, { idToken })).status).toBe(200);
    expect((await browser.call('revokeAllTrustedDevices', {}, { idToken })).status).toBe(200);
    expect((await history(browser, idToken)).map(([type, secondFactor]) => [type, secondFactor])).toEqual([
      ['trust-revoked-all', null],
      ['trust-revoked', null],
      ['login', 'trustedDevice'],
      ['device-trusted', null],
      ['login', 'otp'],
      ['otp-failure', null],
      ['otp-sent', null],
    ]);
  });

  it(`shows the newest ${SECURITY_HISTORY_SIZE} only, and never another account's`, async () => {
    const seeker = await newJobSeeker('history-many');
    const stranger = await newJobSeeker('history-stranger');
    const browser = new TestBrowser();
    await browser.signIn(seeker.email, seeker.password, { trust: true });
    let idToken = '';
    for (let i = 0; i < SECURITY_HISTORY_SIZE; i++) idToken = await browser.signIn(seeker.email, seeker.password);
    const events = await history(browser, idToken);
    expect(events).toEqual(Array.from({ length: SECURITY_HISTORY_SIZE }, () => ['login', 'trustedDevice', 'Chrome / Windows']));
    expect(await eventCount(seeker)).toBe(SECURITY_HISTORY_SIZE + 3);

    const strangerToken = await new TestBrowser(SAFARI_ON_IPHONE).signIn(stranger.email, stranger.password);
    await expect
      .poll(async () => (await history(browser, strangerToken)).map(([type]) => type), { timeout: 15_000 })
      .toEqual(['login', 'otp-sent']);
  });

  it(`keeps the holder's newest ${SECURITY_HISTORY_LOGINS} logins in sight after a stranger's wrong passwords filled the newest ${SECURITY_HISTORY_SIZE}`, async () => {
    const seeker = await newJobSeeker('history-stranger-fills');
    const holder = new TestBrowser(SAFARI_ON_IPHONE);
    const idToken = await holder.signIn(seeker.email, seeker.password);
    const stranger = new TestBrowser();
    for (let failures = 0; failures < SECURITY_HISTORY_SIZE; failures += LOCKOUT_MAX_FAILURES) {
      for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await stranger.login(seeker.email, `guess-${failures + i}`);
      await passLockoutTime(seeker.email, LOCKOUT_MINUTES);
    }
    // The stranger's records, written after each answer, push the holder's login out of the newest 20...
    await expect
      .poll(async () => (await history(holder, idToken)).map(([type]) => type), { timeout: 15_000 })
      .toEqual(expect.not.arrayContaining(['login', 'otp-sent']));
    expect(await history(holder, idToken)).toContainEqual(['password-failure', null, 'Chrome / Windows']);
    // ...and the logins apart still show it.
    expect(await history(holder, idToken, 'logins')).toEqual([['login', 'otp', 'Safari / iOS']]);
  });

  it('refuses a session from Firebase Auth alone', async () => {
    const answer = await new TestBrowser().call('getSecurityHistory', {}, { idToken: await selfMadeIdToken() });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain('events');
  });
});
