import { describe, expect, it } from 'vitest';
import { errorMessages, LOCKOUT_MAX_FAILURES, LOCKOUT_MINUTES } from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { passLockoutTime } from '../../../scripts/lib/clock';
import { mailsTo } from '../../../testing/mailbox';

const codesOf = (answers: { body: { error?: { code: string } } }[]) => answers.map((answer) => answer.body.error?.code);

describe('lockout after 5 wrong passwords', () => {
  it('locks on the 5th wrong password, refuses even the right one, and lifts after 5 minutes', async () => {
    const seeker = await newJobSeeker('lockout');
    const browser = new TestBrowser();
    const answers = [];
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) answers.push(await browser.login(seeker.email, `wrong-${i}`));
    expect(codesOf(answers)).toEqual([
      'invalid-credentials',
      'invalid-credentials',
      'invalid-credentials',
      'invalid-credentials',
      'account-locked',
    ]);

    const whileLocked = await browser.login(seeker.email, seeker.password);
    expect(whileLocked.status).toBe(423);
    expect(whileLocked.body.error).toEqual({ code: 'account-locked', message: errorMessages['account-locked'] });
    expect(whileLocked.body.error.message).toContain('5分程度で自動解除');
    expect(await mailsTo(seeker.email)).toHaveLength(0);

    await passLockoutTime(seeker.email, LOCKOUT_MINUTES - 1);
    expect((await browser.login(seeker.email, seeker.password)).body.error?.code).toBe('account-locked');

    await passLockoutTime(seeker.email, 1);
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('starts counting again after the lock lifts and after a right password', async () => {
    const seeker = await newJobSeeker('recount');
    const browser = new TestBrowser();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await browser.login(seeker.email, 'wrong');
    await passLockoutTime(seeker.email, LOCKOUT_MINUTES);

    // A fresh window: four more wrong passwords do not lock...
    for (let i = 0; i < LOCKOUT_MAX_FAILURES - 1; i++) {
      expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');
    }
    // ...the right one clears them...
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    for (let i = 0; i < LOCKOUT_MAX_FAILURES - 1; i++) {
      expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');
    }
    // ...and only 5 consecutive ones lock again.
    expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('account-locked');
  });

  it('locks an address that has no account exactly like one that has', async () => {
    const seeker = await newJobSeeker('exists');
    const nobody = unknownAddress();
    const browser = new TestBrowser();
    const forAccount = [];
    const forNobody = [];
    for (let i = 0; i < LOCKOUT_MAX_FAILURES + 1; i++) {
      forAccount.push(await browser.login(seeker.email, 'wrong'));
      forNobody.push(await browser.login(nobody, 'wrong'));
    }
    expect(forNobody.map((answer) => [answer.status, answer.body])).toEqual(forAccount.map((answer) => [answer.status, answer.body]));
  });

  it('lets no more than 5 password checks through when 30 wrong passwords race', async () => {
    const seeker = await newJobSeeker('parallel');
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => new TestBrowser().login(seeker.email, `guess-${i}`)));
    const codes = codesOf(answers);
    // At most checks 1-4 fail plainly; the 5th check, and every request that
    // cannot prove it is among the first 5, answers that the account is locked.
    const plainFailures = codes.filter((code) => code === 'invalid-credentials').length;
    expect(plainFailures).toBeGreaterThan(0);
    expect(plainFailures).toBeLessThanOrEqual(LOCKOUT_MAX_FAILURES - 1);
    expect(codes.filter((code) => code === 'account-locked')).toHaveLength(30 - plainFailures);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error?.code).toBe('account-locked');

    // And the lock it set lifts like any other.
    await passLockoutTime(seeker.email, LOCKOUT_MINUTES);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });
});
