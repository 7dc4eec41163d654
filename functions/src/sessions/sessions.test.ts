import { describe, expect, it } from 'vitest';
import { errorMessages, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '@hellowork/contracts';
import { collections } from '../../../testing/functionsData';
import { newJobSeeker } from '../../../testing/accounts';
import { claimsOf, SAFARI_ON_IPHONE, TestBrowser } from '../../../testing/apiClient';
import { passSessionTime } from '../../../testing/clock';
import { storedCollection } from '../../../testing/stored';

const protectedCalls = [
  ['getMyPageHome', {}],
  ['getAccountSettings', {}],
  ['revokeAllTrustedDevices', {}],
  // A well-formed id, so the refusal is the session's and not the input check's.
  ['revokeTrustedDevice', { deviceId: 'A'.repeat(22) }],
] as const;

describe('sessions end at the server', () => {
  it('keeps a record per login: when, which second factor, which browser', async () => {
    const seeker = await newJobSeeker('session-record');
    const browser = new TestBrowser(SAFARI_ON_IPHONE);
    const idToken = await browser.signIn(seeker.email, seeker.password);
    const [session] = await storedCollection(collections.sessions(seeker.uid));
    expect(session).toMatchObject({ id: claimsOf(idToken).sessionId, secondFactor: 'otp', label: 'Safari / iOS' });
    expect(session!.lastSeenAt.toMillis()).toBe(session!.createdAt.toMillis());
  });

  it("refuses a logged-out session's token at every protected function, and leaves the other device signed in", async () => {
    const seeker = await newJobSeeker('logout');
    const pc = new TestBrowser();
    const phone = new TestBrowser(SAFARI_ON_IPHONE);
    const pcToken = await pc.signIn(seeker.email, seeker.password);
    const phoneToken = await phone.signIn(seeker.email, seeker.password);

    const logout = await pc.call('logout', {}, { idToken: pcToken });
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ loggedOut: true });
    for (const [name, body] of protectedCalls) {
      const answer = await pc.call(name, body, { idToken: pcToken });
      expect([name, answer.status, answer.body.error?.code]).toEqual([name, 401, 'unauthenticated']);
    }
    expect((await phone.call('getMyPageHome', {}, { idToken: phoneToken })).status).toBe(200);
    // Logging out twice is no error: the browser signs out either way.
    expect((await pc.call('logout', {}, { idToken: pcToken })).status).toBe(200);
  });

  it('refuses logout without a token', async () => {
    expect((await new TestBrowser().call('logout', {})).body.error.code).toBe('unauthenticated');
  });

  it(`ends a session after ${SESSION_IDLE_MINUTES} minutes without use`, async () => {
    const seeker = await newJobSeeker('idle');
    const browser = new TestBrowser();
    const idToken = await browser.signIn(seeker.email, seeker.password);
    await passSessionTime(seeker.uid, SESSION_IDLE_MINUTES - 1);
    expect((await browser.call('getMyPageHome', {}, { idToken })).status).toBe(200);
    // That use counted: another 29 minutes are fine...
    await passSessionTime(seeker.uid, SESSION_IDLE_MINUTES - 1);
    expect((await browser.call('getMyPageHome', {}, { idToken })).status).toBe(200);
    // ...30 are not.
    await passSessionTime(seeker.uid, SESSION_IDLE_MINUTES);
    const answer = await browser.call('getMyPageHome', {}, { idToken });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toEqual({ code: 'session-idle', message: errorMessages['session-idle'] });
    // Every request on it hears why, also when a screen's requests race (the login screen says the first it hears).
    const racing = await Promise.all([1, 2, 3].map(() => browser.call('getMyPageHome', {}, { idToken })));
    expect(racing.map((each) => each.body.error.code)).toEqual(['session-idle', 'session-idle', 'session-idle']);
  });

  it(`ends a session ${SESSION_MAX_HOURS} hours after login however busy it is`, async () => {
    const seeker = await newJobSeeker('absolute');
    const browser = new TestBrowser();
    const idToken = await browser.signIn(seeker.email, seeker.password);
    const step = SESSION_IDLE_MINUTES - 5;
    let minutes = 0;
    for (; minutes + step < SESSION_MAX_HOURS * 60; minutes += step) {
      await passSessionTime(seeker.uid, step);
      expect((await browser.call('getMyPageHome', {}, { idToken })).status).toBe(200);
    }
    await passSessionTime(seeker.uid, SESSION_MAX_HOURS * 60 - minutes);
    const answer = await browser.call('getMyPageHome', {}, { idToken });
    expect(answer.body.error).toEqual({ code: 'session-expired', message: errorMessages['session-expired'] });
  }, 120_000);
});
