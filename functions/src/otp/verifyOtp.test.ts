import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { errorMessages, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES } from '@hellowork/contracts';
import { newJobSeeker } from '../../../testing/accounts';
import { claimsOf, TestBrowser } from '../../../testing/apiClient';
import { passOtpTime } from '../../../testing/clock';
import { mailedCodeIn, watchMailbox } from '../../../testing/mailbox';
import { storedDocument } from '../../../testing/stored';
import { accountCodeRef } from '../../../testing/functionsData';
import { embeddedFirestore, racesSkipped } from '../../../testing/officialFirestore';

/** A job seeker who has passed the password step in a browser of their own. */
async function atOtpScreen(name: string) {
  const seeker = await newJobSeeker(name);
  const browser = new TestBrowser();
  const mailbox = await watchMailbox(seeker.email);
  const login = await browser.login(seeker.email, seeker.password);
  const verificationId = (login.body as { verificationId: string }).verificationId;
  const code = mailedCodeIn(await mailbox.next());
  return { seeker, browser, verificationId, code };
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const toFullWidth = (code: string) => code.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

describe('verifyOtp: the code from the mail', () => {
  it('signs in with the right code: a custom token whose claim names the OTP', async () => {
    const { seeker, browser, verificationId, code } = await atOtpScreen('right-code');
    const answer = await browser.verifyOtp(verificationId, code);
    expect(answer.status).toBe(200);
    const claims = claimsOf(answer.body.customToken);
    expect(claims.uid).toBe(seeker.uid);
    expect(claims.claims).toEqual({ secondFactor: 'otp', sessionId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect(answer.setCookie).toEqual([]); // nothing trusted when not asked
  });

  it('accepts full-width digits typed by a Japanese IME, and spaces from a paste', async () => {
    const { browser, verificationId, code } = await atOtpScreen('full-width');
    const answer = await browser.verifyOtp(verificationId, ` ${toFullWidth(code.slice(0, 3))} ${code.slice(3)} `);
    expect(answer.status).toBe(200);
  });

  it('counts wrong codes down and invalidates the code at the 10th, even for the right code after', async () => {
    const { browser, verificationId, code } = await atOtpScreen('ten-wrong');
    for (let i = 1; i < CODE_MAX_WRONG_ENTRIES; i++) {
      const answer = await browser.verifyOtp(verificationId, otherCode(code));
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual({
        code: 'code-wrong',
        message: errorMessages['code-wrong'],
        remainingAttempts: CODE_MAX_WRONG_ENTRIES - i,
      });
    }
    const tenth = await browser.verifyOtp(verificationId, otherCode(code));
    expect(tenth.body.error).toEqual({ code: 'code-exhausted', message: errorMessages['code-exhausted'] });
    expect(tenth.body.error.message).toContain('ログイン画面に戻り、はじめからやり直してください');
    expect((await browser.verifyOtp(verificationId, code)).body.error.code).toBe('code-exhausted');
  });

  it.skipIf(embeddedFirestore)(
    `checks no more than 10 guesses when 12 race, so the right code cannot slip in later${racesSkipped}`,
    async () => {
      const { browser, verificationId, code } = await atOtpScreen('parallel-guesses');
      const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
      const answers = await Promise.all(guesses.map((guess) => new TestBrowser().verifyOtp(verificationId, guess)));
      const codes = answers.map((answer) => answer.body.error?.code);
      // A guess that cannot prove it is among the first 10 is refused unchecked.
      const checkedWrong = codes.filter((c) => c === 'code-wrong').length;
      expect(checkedWrong).toBeGreaterThan(0);
      expect(checkedWrong).toBeLessThanOrEqual(CODE_MAX_WRONG_ENTRIES - 1);
      expect(codes.filter((c) => c === 'code-exhausted')).toHaveLength(12 - checkedWrong);
      expect((await browser.verifyOtp(verificationId, code)).body.error.code).toBe('code-exhausted');
    },
    120_000,
  );

  it(`accepts the code for ${CODE_VALID_MINUTES} minutes and refuses it after`, async () => {
    const { seeker, browser, verificationId, code } = await atOtpScreen('expiry');
    await passOtpTime(seeker.uid, CODE_VALID_MINUTES - 1);
    expect((await browser.verifyOtp(verificationId, otherCode(code))).body.error.code).toBe('code-wrong');
    await passOtpTime(seeker.uid, 1);
    const answer = await browser.verifyOtp(verificationId, code);
    expect(answer.status).toBe(410);
    expect(answer.body.error).toEqual({ code: 'code-expired', message: errorMessages['code-expired'] });
  });

  it('still accepts the right code just before the 30 minutes are up', async () => {
    const { seeker, browser, verificationId, code } = await atOtpScreen('not-expired');
    await passOtpTime(seeker.uid, CODE_VALID_MINUTES - 1);
    expect((await browser.verifyOtp(verificationId, code)).status).toBe(200);
  });

  it.skipIf(embeddedFirestore)(`lets a code be used once, even when it is sent twice at the same moment${racesSkipped}`, async () => {
    const { browser, verificationId, code } = await atOtpScreen('once');
    const answers = await Promise.all(Array.from({ length: 5 }, () => browser.verifyOtp(verificationId, code)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.error?.code === 'code-used')).toHaveLength(4);
    expect((await browser.verifyOtp(verificationId, code)).body.error.code).toBe('code-used');
  });

  it('invalidates the earlier unused code when the account logs in again', async () => {
    const { seeker, browser, verificationId, code } = await atOtpScreen('superseded');
    const mailbox = await watchMailbox(seeker.email);
    const second = await browser.login(seeker.email, seeker.password);
    const secondCode = mailedCodeIn(await mailbox.next());
    expect((await browser.verifyOtp(verificationId, code)).body.error.code).toBe('code-superseded');
    expect((await browser.verifyOtp((second.body as { verificationId: string }).verificationId, secondCode)).status).toBe(200);
  });

  it("does not spend the new code when the old code's use lands on the record after a new login", async () => {
    const { seeker, browser } = await atOtpScreen('late-use');
    const record = accountCodeRef('login-otp', seeker.uid);
    const oldCode = (await storedDocument(record.path))!;
    const mailbox = await watchMailbox(seeker.email);
    const second = await browser.login(seeker.email, seeker.password);
    const secondCode = mailedCodeIn(await mailbox.next());
    // What a slower request that used the old code writes last: the use, by document, not by code.
    await record.update({ usedAt: Timestamp.now(), usedNonceHash: oldCode.nonceHash });
    expect((await browser.verifyOtp((second.body as { verificationId: string }).verificationId, secondCode)).status).toBe(200);
  });

  it.each([
    ['a made-up verification id', { verificationId: 'abc.def', code: '123456', trustThisBrowser: false }, 'code-superseded'],
    ['five digits', { verificationId: 'abc.def', code: '12345', trustThisBrowser: false }, 'invalid-argument'],
    ['letters', { verificationId: 'abc.def', code: '12345a', trustThisBrowser: false }, 'invalid-argument'],
    ['no trust choice', { verificationId: 'abc.def', code: '123456' }, 'invalid-argument'],
  ])('refuses %s with a code, not a crash', async (_case, body, expected) => {
    const answer = await new TestBrowser().call('verifyOtp', body);
    expect(answer.body.error.code).toBe(expected);
    expect(answer.status).toBeLessThan(500);
  });
});
