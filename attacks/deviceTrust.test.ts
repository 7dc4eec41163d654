import { describe, expect, it } from 'vitest';
import { TRUSTED_DEVICE_MAX_DAYS } from '@hellowork/contracts';
import { collections } from '../testing/functionsData';
import { newJobSeeker } from '../testing/accounts';
import { SAFARI_ON_IPHONE, TestBrowser, trustEntryOf } from '../testing/apiClient';
import { passTrustedDeviceTime } from '../testing/clock';
import { storedCollection } from '../testing/stored';

/*
 * Device trust: only the secret this browser was given, for this account,
 * unrevoked and unexpired, skips the code; and never the password. The user
 * agent is not part of the proof (SECURITY.md: it is a header anyone sets).
 */

async function trustedBrowser(name: string) {
  const seeker = await newJobSeeker(name);
  const browser = new TestBrowser();
  const idToken = await browser.signIn(seeker.email, seeker.password, { trust: true });
  expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('signed-in');
  return { seeker, browser, idToken, cookie: browser.session! };
}

/** A browser that presents this cookie and nothing else of the trusted one. */
const browserWith = (cookie: string, userAgent?: string) => Object.assign(new TestBrowser(userAgent), { session: cookie });

describe('device trust', () => {
  it('the stored hash, copied from the database, is no cookie', async () => {
    const { seeker, cookie } = await trustedBrowser('trust-hash');
    const [device] = await storedCollection(collections.trustedDevices(seeker.uid));
    const forged = browserWith(`${seeker.uid}.${device!.id}.${device!.secretHash}`);
    expect(cookie).not.toBe(forged.session);
    expect((await forged.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it("another account's secret, even with the right device id of this account", async () => {
    const victim = await trustedBrowser('trust-victim');
    const attacker = await trustedBrowser('trust-attacker');
    const theVictim = trustEntryOf(victim.cookie);
    const theAttacker = trustEntryOf(attacker.cookie);
    for (const cookie of [
      attacker.cookie,
      // The attacker's secret, said to be the victim's: under the victim's uid, with either device id, and with no uid at all.
      `${theVictim.uid}.${theVictim.deviceId}.${theAttacker.secret}`,
      `${theVictim.uid}.${theAttacker.deviceId}.${theAttacker.secret}`,
      `${theVictim.deviceId}.${theAttacker.secret}`,
    ]) {
      expect((await browserWith(cookie).login(victim.seeker.email, victim.seeker.password)).body.status).toBe('otp-required');
    }
  });

  it('a revoked secret, one by one or all at once', async () => {
    const one = await trustedBrowser('trust-revoke-one');
    const { deviceId } = trustEntryOf(one.cookie);
    await one.browser.call('revokeTrustedDevice', { deviceId }, { idToken: one.idToken });
    expect((await browserWith(one.cookie).login(one.seeker.email, one.seeker.password)).body.status).toBe('otp-required');

    const all = await trustedBrowser('trust-revoke-all');
    await all.browser.call('revokeAllTrustedDevices', {}, { idToken: all.idToken });
    expect((await browserWith(all.cookie).login(all.seeker.email, all.seeker.password)).body.status).toBe('otp-required');
  });

  it(`an expired secret (after ${TRUSTED_DEVICE_MAX_DAYS} days)`, async () => {
    const { seeker, cookie } = await trustedBrowser('trust-expired');
    await passTrustedDeviceTime(seeker.uid, TRUSTED_DEVICE_MAX_DAYS);
    expect((await browserWith(cookie).login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('a valid cookie with no password, or a wrong one: no session, and the guess counts', async () => {
    const { seeker, cookie } = await trustedBrowser('trust-no-password');
    const noPassword = await browserWith(cookie).login(seeker.email, '');
    expect(noPassword.body.error.code).toBe('invalid-argument');
    const wrongPassword = await browserWith(cookie).login(seeker.email, 'not-the-password');
    expect(wrongPassword.body.error.code).toBe('invalid-credentials');
    expect(wrongPassword.body.customToken).toBeUndefined();
  });

  it('a cookie replayed from another user agent still needs the password (the user agent proves nothing)', async () => {
    const { seeker, cookie } = await trustedBrowser('trust-other-agent');
    const elsewhere = browserWith(cookie, SAFARI_ON_IPHONE);
    expect((await elsewhere.login(seeker.email, 'not-the-password')).body.error.code).toBe('invalid-credentials');
  });
});
