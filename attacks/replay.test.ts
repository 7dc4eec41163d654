import { describe, expect, it } from 'vitest';
import { CODE_VALID_MINUTES } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { passOtpTime } from '../testing/clock';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';

/*
 * Replay: a code or challenge that was once good is never good again, and one
 * account's challenge never opens another's. A refused replay issues no token
 * and no trust cookie.
 */

async function loggedIn(name: string, browser = new TestBrowser()) {
  const seeker = await newJobSeeker(name);
  const mailbox = await watchMailbox(seeker.email);
  const login = await browser.login(seeker.email, seeker.password);
  return { seeker, browser, mailbox, verificationId: login.body.verificationId as string, code: mailedCodeIn(await mailbox.next()) };
}

async function expectRefused(browser: TestBrowser, verificationId: string, code: string, expected: string) {
  const answer = await browser.verifyOtp(verificationId, code, true);
  expect(answer.body.error?.code).toBe(expected);
  expect(answer.body.customToken).toBeUndefined();
  expect(answer.setCookie).toEqual([]);
}

describe('replay', () => {
  it('a used code, sent again from another browser', async () => {
    const { browser, verificationId, code } = await loggedIn('replay-used');
    expect((await browser.verifyOtp(verificationId, code)).status).toBe(200);
    await expectRefused(new TestBrowser(), verificationId, code, 'code-used');
  });

  it('the code of an earlier challenge after a new login, even though it was never used', async () => {
    const first = await loggedIn('replay-earlier');
    const second = await first.browser.login(first.seeker.email, first.seeker.password);
    await first.mailbox.next();
    await expectRefused(new TestBrowser(), first.verificationId, first.code, 'code-superseded');
    expect(second.body.status).toBe('otp-required');
  });

  it("another account's challenge id, with the attacker's own right code", async () => {
    const victim = await loggedIn('replay-victim');
    const attacker = await loggedIn('replay-attacker');
    const victimUid = victim.verificationId.split('.')[0]!;
    const attackerNonce = attacker.verificationId.split('.')[1]!;
    await expectRefused(attacker.browser, `${victimUid}.${attackerNonce}`, attacker.code, 'code-superseded');
    // Refused before counting: the victim's own code still works.
    expect((await victim.browser.verifyOtp(victim.verificationId, victim.code)).status).toBe(200);
  });

  it(`an expired challenge (after ${CODE_VALID_MINUTES} minutes), with the right code`, async () => {
    const { seeker, verificationId, code } = await loggedIn('replay-expired');
    await passOtpTime(seeker.uid, CODE_VALID_MINUTES);
    await expectRefused(new TestBrowser(), verificationId, code, 'code-expired');
  });
});
