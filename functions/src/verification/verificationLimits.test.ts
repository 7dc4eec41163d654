import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  errorMessages,
  LOCKOUT_MAX_FAILURES,
  CODE_BLOCK_MINUTES,
  CODE_LONGEST_BLOCK_MINUTES,
  CODE_MAX_WRONG_BEFORE_RESET,
  DAY_MS,
  MINUTE_MS,
  OTP_RESET_REQUIRED_NOTICE_SUBJECT,
  OTP_BLOCK_NOTICE_SUBJECT,
  OTP_MAIL_SUBJECT,
  CODE_MAIL_WINDOW_MINUTES,
  CODE_MAILS_PER_WINDOW,
  CODE_MAX_VOIDED_IN_A_ROW,
  CODE_MAX_WRONG_ENTRIES,
  CODE_MAX_WRONG_IN_A_ROW,
} from '@hellowork/contracts';
import { newJobSeeker, resetCodeFor } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { passVerificationLimitTime } from '../../../testing/clock';
import { mailsTo, mailedCodeIn, settledMails, watchMailbox } from '../../../testing/mailbox';
import { storedDocument } from '../../../testing/stored';
import { collections, verificationDocId } from '../../../testing/functionsData';
import { embeddedFirestore, racesSkipped } from '../../../testing/officialFirestore';

type Seeker = Awaited<ReturnType<typeof newJobSeeker>>;
const mailCount = async (email: string, subject: string) => (await mailsTo(email)).filter((mail) => mail.subject === subject).length;
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** A login that gets a code, and the code from the mail. */
async function newCode(seeker: Seeker, browser = new TestBrowser()) {
  const mailbox = await watchMailbox(seeker.email);
  const login = await browser.login(seeker.email, seeker.password);
  expect(login.body.status).toBe('otp-required');
  return { verificationId: login.body.verificationId as string, code: mailedCodeIn(await mailbox.next()) };
}

/** Spends a code on wrong entries; returns the last answer's error code. */
async function voidCode(seeker: Seeker) {
  const { verificationId, code } = await newCode(seeker);
  const codes: string[] = [];
  for (let i = 0; i < CODE_MAX_WRONG_ENTRIES; i++)
    codes.push((await new TestBrowser().verifyOtp(verificationId, otherCode(code))).body.error.code);
  return codes.at(-1);
}

describe('limits per account across codes', () => {
  it(`mails no code for ${CODE_BLOCK_MINUTES} minutes after ${CODE_MAX_VOIDED_IN_A_ROW} codes in a row were voided, and warns the holder once`, async () => {
    const seeker = await newJobSeeker('three-voided');
    for (let i = 1; i < CODE_MAX_VOIDED_IN_A_ROW; i++) expect(await voidCode(seeker)).toBe('code-exhausted');
    expect(await voidCode(seeker)).toBe('code-blocked');
    const codesMailed = await mailCount(seeker.email, OTP_MAIL_SUBJECT);

    const fourth = await new TestBrowser().login(seeker.email, seeker.password);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error).toEqual({ code: 'code-blocked', message: errorMessages['code-blocked'] });
    const [notice, ...more] = await settledMails(seeker.email, OTP_BLOCK_NOTICE_SUBJECT, 1);
    expect(more).toEqual([]);
    expect(await mailCount(seeker.email, OTP_MAIL_SUBJECT)).toBe(codesMailed);
    expect(notice!.text).toContain('パスワードを再設定してください');

    await passVerificationLimitTime(seeker.uid, CODE_BLOCK_MINUTES - 1);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('code-blocked');
    await passVerificationLimitTime(seeker.uid, 1);
    const { verificationId, code } = await newCode(seeker);
    expect((await new TestBrowser().verifyOtp(verificationId, code)).status).toBe(200);
    expect(await mailCount(seeker.email, OTP_BLOCK_NOTICE_SUBJECT)).toBe(1);
  }, 120_000);

  it(`keeps the count across blocks, each longer, and at ${CODE_MAX_WRONG_BEFORE_RESET} wrong codes in a row mails no login code until a new password`, async () => {
    const seeker = await newJobSeeker('hundred-in-a-row');
    const voidCodes = async (count: number) => {
      const answers: (string | undefined)[] = [];
      for (let i = 0; i < count; i++) answers.push(await voidCode(seeker));
      return answers;
    };
    const loginAnswer = async () => (await new TestBrowser().login(seeker.email, seeker.password)).body.error?.code;
    const blockOfThree = ['code-exhausted', 'code-exhausted', 'code-blocked'];
    expect(await voidCodes(CODE_MAX_VOIDED_IN_A_ROW)).toEqual(blockOfThree);
    // The holder, warned, can reset the password during the block: a reset code comes.
    expect((await resetCodeFor(seeker.email)).code).toMatch(/^\d{6}$/);

    // The block lifts, the count does not start again: 30 more wrong codes, a block twice as long.
    await passVerificationLimitTime(seeker.uid, CODE_BLOCK_MINUTES);
    expect(await voidCodes(CODE_MAX_VOIDED_IN_A_ROW)).toEqual(blockOfThree);
    await passVerificationLimitTime(seeker.uid, 2 * CODE_BLOCK_MINUTES - 1);
    expect(await loginAnswer()).toBe('code-blocked');
    await passVerificationLimitTime(seeker.uid, 1);
    expect(await voidCodes(CODE_MAX_VOIDED_IN_A_ROW)).toEqual(blockOfThree);
    await passVerificationLimitTime(seeker.uid, CODE_LONGEST_BLOCK_MINUTES - 1);
    expect(await loginAnswer()).toBe('code-blocked');
    await passVerificationLimitTime(seeker.uid, 1);

    // The 100th: no login code however long one waits, the holder told once.
    expect(await voidCode(seeker)).toBe('code-reset-required');
    await passVerificationLimitTime(seeker.uid, (30 * DAY_MS) / MINUTE_MS);
    const refused = await new TestBrowser().login(seeker.email, seeker.password);
    expect(refused.status).toBe(423);
    expect(refused.body.error).toEqual({ code: 'code-reset-required', message: errorMessages['code-reset-required'] });
    expect(await settledMails(seeker.email, OTP_BLOCK_NOTICE_SUBJECT, 3)).toHaveLength(3);
    const [locked, ...more] = await settledMails(seeker.email, OTP_RESET_REQUIRED_NOTICE_SUBJECT, 1);
    expect(more).toEqual([]);
    expect(locked!.text).toContain(`${CODE_MAX_WRONG_BEFORE_RESET}回`);

    // The holder's mailbox is the way on: a new password, and the login gets its code again.
    const { verificationId, code } = await resetCodeFor(seeker.email);
    const newPassword = 'Hyaku-Kai 2026';
    expect((await new TestBrowser().call('resetPassword', { verificationId, code, newPassword })).status).toBe(200);
    const mailbox = await watchMailbox(seeker.email);
    expect((await new TestBrowser().login(seeker.email, newPassword)).body.status).toBe('otp-required');
    expect(mailedCodeIn(await mailbox.next(OTP_MAIL_SUBJECT))).toMatch(/^\d{6}$/);
  }, 180_000);

  it('starts the count again after a right code', async () => {
    const seeker = await newJobSeeker('right-code-resets');
    for (let i = 1; i < CODE_MAX_VOIDED_IN_A_ROW; i++) await voidCode(seeker);
    const { verificationId, code } = await newCode(seeker);
    expect((await new TestBrowser().verifyOtp(verificationId, code)).status).toBe(200);
    await passVerificationLimitTime(seeker.uid, 2 * CODE_MAIL_WINDOW_MINUTES); // past the mail limit
    for (let i = 1; i < CODE_MAX_VOIDED_IN_A_ROW; i++) expect(await voidCode(seeker)).toBe('code-exhausted');
  }, 120_000);

  it.skipIf(embeddedFirestore)(
    `blocks and warns once when the last wrong codes race, never past the code and account limits${racesSkipped}`,
    async () => {
      const seeker = await newJobSeeker('wrong-codes-race');
      for (let i = 1; i < CODE_MAX_VOIDED_IN_A_ROW; i++) await voidCode(seeker);
      const { verificationId, code } = await newCode(seeker);
      const answers = await Promise.all(Array.from({ length: 12 }, () => new TestBrowser().verifyOtp(verificationId, otherCode(code))));
      // No more than the code's 10 guesses are checked. Under a race some are refused unchecked
      // (decision 0001): those count toward neither limit, so the block may come with the next code.
      expect(answers.filter((answer) => answer.body.error.code === 'code-wrong').length).toBeLessThan(CODE_MAX_WRONG_ENTRIES);
      let blocked = answers.some((answer) => answer.body.error.code === 'code-blocked');
      if (!blocked) {
        const next = await newCode(seeker);
        for (let i = 0; i < CODE_MAX_WRONG_ENTRIES && !blocked; i++)
          blocked = (await new TestBrowser().verifyOtp(next.verificationId, otherCode(next.code))).body.error.code === 'code-blocked';
      }
      expect(blocked).toBe(true);
      const limits = await storedDocument(`${collections.verificationLimits}/${verificationDocId('login-otp', seeker.uid)}`);
      expect(limits!.wrongCodes - (limits!.wrongCodesBase ?? 0)).toBeGreaterThanOrEqual(CODE_MAX_WRONG_IN_A_ROW);
      expect(limits!.wrongCodes - (limits!.wrongCodesBase ?? 0)).toBeLessThan(CODE_MAX_WRONG_IN_A_ROW + CODE_MAX_WRONG_ENTRIES);
      expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('code-blocked');
      expect(await settledMails(seeker.email, OTP_BLOCK_NOTICE_SUBJECT, 1)).toHaveLength(1);
    },
    120_000,
  );

  it(`sends no more than ${CODE_MAILS_PER_WINDOW} code mails in ${CODE_MAIL_WINDOW_MINUTES} minutes`, async () => {
    const seeker = await newJobSeeker('mail-limit');
    for (let i = 0; i < CODE_MAILS_PER_WINDOW; i++) await newCode(seeker);
    const sixth = await new TestBrowser().login(seeker.email, seeker.password);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toEqual({ code: 'code-mail-limit', message: errorMessages['code-mail-limit'] });
    expect(await settledMails(seeker.email, OTP_MAIL_SUBJECT, CODE_MAILS_PER_WINDOW)).toHaveLength(CODE_MAILS_PER_WINDOW);
    // The right password was right: it is not counted as a failure.
    expect((await new TestBrowser().login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');

    // Conservative: this window and the one before count together.
    await passVerificationLimitTime(seeker.uid, CODE_MAIL_WINDOW_MINUTES);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('code-mail-limit');
    await passVerificationLimitTime(seeker.uid, CODE_MAIL_WINDOW_MINUTES);
    await newCode(seeker);
  }, 120_000);

  it.skipIf(embeddedFirestore)(
    `sends no more than ${CODE_MAILS_PER_WINDOW} code mails when logins race${racesSkipped}`,
    async () => {
      const seeker = await newJobSeeker('mail-race');
      const before = 3;
      for (let i = 0; i < before; i++) await newCode(seeker);
      // As many right passwords at once as the password lock lets be checked at once.
      const answers = await Promise.all(
        Array.from({ length: LOCKOUT_MAX_FAILURES }, () => new TestBrowser().login(seeker.email, seeker.password)),
      );
      const sent = answers.filter((answer) => answer.body.status === 'otp-required').length;
      expect(sent).toBeLessThanOrEqual(CODE_MAILS_PER_WINDOW - before);
      expect(answers.filter((answer) => answer.body.error?.code === 'code-mail-limit')).toHaveLength(LOCKOUT_MAX_FAILURES - sent);
      expect(await settledMails(seeker.email, OTP_MAIL_SUBJECT, before + sent)).toHaveLength(before + sent);
    },
    120_000,
  );
});

describe('made-up challenges', () => {
  it('leave nothing stored: a verification id naming an account that does not exist makes no limits record', async () => {
    const uid = `madeup${randomBytes(8).toString('hex')}`;
    const answer = await new TestBrowser().verifyOtp(`${uid}.${randomBytes(32).toString('base64url')}`, '123456');
    expect(answer.body.error.code).toBe('code-superseded');
    expect(await storedDocument(`${collections.verificationLimits}/${verificationDocId('login-otp', uid)}`)).toBeUndefined();
  });
});
