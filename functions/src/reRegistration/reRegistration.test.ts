import { describe, expect, it } from 'vitest';
import {
  ADDRESS_IN_USE_SUBJECT,
  EMAIL_CONFIRMATION_SUBJECT,
  errorMessages,
  LOCKOUT_MAX_FAILURES,
  OTP_MAIL_SUBJECT,
  CODE_MAX_WRONG_ENTRIES,
  HOUR_MS,
  RE_REGISTERED_SUBJECT,
  RE_REGISTRATION_CANCELLED_SUBJECT,
  RE_REGISTRATION_HELD_SUBJECT,
  RE_REGISTRATION_HOLD_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
  CODE_MAILS_PER_WINDOW,
  OTP_BLOCK_NOTICE_SUBJECT,
  RE_REGISTRATION_FAILED_SUBJECT,
} from '@hellowork/contracts';
import { newJobSeekerNumber } from '../../../testing/demoData';
import { newJobSeeker, unknownAddress } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { endReRegistrationHold } from '../../../testing/functionsData';
import { mailsTo, mailedCodeIn, watchMailbox } from '../../../testing/mailbox';
import { embeddedFirestore, racesSkipped } from '../../../testing/officialFirestore';

const NEW_PASSWORD = 'Sairoku-Password 2026';
const requestReRegistration = (jobSeekerNumber: string, birthDate: string, email: string) =>
  new TestBrowser().call('requestReRegistration', { jobSeekerNumber, birthDate, email });
const completeReRegistration = (verificationId: string, code: string, newPassword = NEW_PASSWORD) =>
  new TestBrowser().call('completeReRegistration', { verificationId, code, newPassword });

/** Step 1 as the job seeker does it: the 求職受付票's data and a new address, then the code from that mailbox. */
async function codeFor(seeker: { jobSeekerNumber: string; birthDate: string }, email: string) {
  const mailbox = await watchMailbox(email);
  const answer = await requestReRegistration(seeker.jobSeekerNumber, seeker.birthDate, email);
  expect(answer.status).toBe(200);
  return { verificationId: answer.body.verificationId as string, code: mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT)) };
}

/** The cancel code in the mail to the old address, as the holder reads it there (1234-5678-9012-3456). */
const cancelCodeIn = (mail: { text: string }) => /取り消しコード：([\d-]{19})/.exec(mail.text)![1]!;

describe('アカウントを再登録: 求職番号 and 生年月日, a new address proved by a code, and a new password', () => {
  it(`holds it ${RE_REGISTRATION_HOLD_HOURS} hours, the old login working and the old address told at once; then moves the account and ends every sign-in`, async () => {
    const seeker = await newJobSeeker('re-register');
    const trusted = new TestBrowser();
    const idToken = await trusted.signIn(seeker.email, seeker.password, { trust: true });
    const oldMailbox = await watchMailbox(seeker.email);
    const newEmail = unknownAddress();

    const { verificationId, code } = await codeFor(seeker, newEmail);
    const answer = await completeReRegistration(verificationId, code);
    expect(answer.status).toBe(200);
    expect(answer.body.email).toBe(newEmail);
    const holdMs = Date.parse(answer.body.takesEffectAt as string) - Date.now();
    expect(holdMs).toBeGreaterThan(RE_REGISTRATION_HOLD_HOURS * HOUR_MS - 60_000);
    expect(holdMs).toBeLessThanOrEqual(RE_REGISTRATION_HOLD_HOURS * HOUR_MS);

    // During the hold: nothing has changed for the holder, who has been told, with the code that cancels it.
    const held = await oldMailbox.next(RE_REGISTRATION_HELD_SUBJECT);
    expect(cancelCodeIn(held)).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    expect((await trusted.call('getMyPageHome', {}, { idToken })).status).toBe(200);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(newEmail, NEW_PASSWORD)).body.error.code).toBe('invalid-credentials');

    // The hold is over.
    expect(await endReRegistrationHold(seeker.uid)).toBe(true);
    expect((await oldMailbox.next(RE_REGISTERED_SUBJECT)).text).toContain('ご自身の操作でない場合は');
    expect((await trusted.call('getMyPageHome', {}, { idToken })).body.error.code).toBe('unauthenticated');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('invalid-credentials');
    expect((await new TestBrowser().login(newEmail, seeker.password)).body.error.code).toBe('invalid-credentials');
    // The trusted browser is forgotten, and the code goes to the new address.
    const codes = await watchMailbox(newEmail);
    expect((await trusted.login(newEmail, NEW_PASSWORD)).body.status).toBe('otp-required');
    await codes.next(OTP_MAIL_SUBJECT);
    expect((await completeReRegistration(verificationId, code, 'Nidome-No 2026')).body.error.code).toBe('code-superseded');
  });

  it('lifts the lock when the job seeker keeps the address (a mailbox back in hand), and takes 13010-12345671 as printed', async () => {
    const seeker = await newJobSeeker('re-register-locked');
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await new TestBrowser().login(seeker.email, 'wrong-password');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('account-locked');
    // Full-width digits and a long-vowel mark for the hyphen, as a Japanese IME may type it.
    const fullWidth = (digit: string) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0);
    const printed = seeker.jobSeekerNumber.replace(/\d/g, fullWidth).replace('-', 'ー');

    const { verificationId, code } = await codeFor({ ...seeker, jobSeekerNumber: printed }, seeker.email);
    expect((await completeReRegistration(verificationId, code)).status).toBe(200);
    expect(await endReRegistrationHold(seeker.uid)).toBe(true);
    expect((await new TestBrowser().login(seeker.email, NEW_PASSWORD)).body).toMatchObject({ status: 'otp-required' });
  });

  it('is cancelled with the code mailed to the old address: nothing changes, then or when the hold would have ended', async () => {
    const seeker = await newJobSeeker('re-register-cancel');
    const oldMailbox = await watchMailbox(seeker.email);
    const newEmail = unknownAddress();
    const { verificationId, code } = await codeFor(seeker, newEmail);
    expect((await completeReRegistration(verificationId, code)).status).toBe(200);
    const cancelCode = cancelCodeIn(await oldMailbox.next(RE_REGISTRATION_HELD_SUBJECT));

    const wrong = await new TestBrowser().call('cancelReRegistration', { cancelCode: '0000-0000-0000-0000' });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error).toEqual({ code: 'cancel-code-wrong', message: errorMessages['cancel-code-wrong'] });
    // As the holder may type it: full-width digits, no hyphens.
    const typed = cancelCode.replace(/-/g, '').replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    const cancelled = await new TestBrowser().call('cancelReRegistration', { cancelCode: typed });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual({ cancelled: true });
    expect((await oldMailbox.next(RE_REGISTRATION_CANCELLED_SUBJECT)).text).toContain('変わっていません');
    expect((await new TestBrowser().call('cancelReRegistration', { cancelCode })).body.error.code).toBe('cancel-code-wrong');

    expect(await endReRegistrationHold(seeker.uid)).toBe(false);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(newEmail, NEW_PASSWORD)).body.error.code).toBe('invalid-credentials');
  });

  it(`answers every wrong pair alike and locks the 求職番号 after ${RE_REGISTRATION_MAX_FAILURES}, with or without an account`, async () => {
    const seeker = await newJobSeeker('re-register-guess');
    const nobody = newJobSeekerNumber();
    const email = unknownAddress();
    const wrongDate = await requestReRegistration(seeker.jobSeekerNumber, '1990-04-02', email);
    const unknownNumber = await requestReRegistration(nobody, seeker.birthDate, email);
    for (const answer of [wrongDate, unknownNumber]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { code: 'identity-mismatch', message: errorMessages['identity-mismatch'] } });
    }
    const answers: string[] = [];
    for (let i = 2; i <= RE_REGISTRATION_MAX_FAILURES; i++) {
      answers.push((await requestReRegistration(seeker.jobSeekerNumber, `1991-01-0${i}`, email)).body.error.code);
      await requestReRegistration(nobody, seeker.birthDate, email);
    }
    expect(answers.at(-1)).toBe('identity-locked');
    // Locked now: the right pair is refused too, and the number without an account locked the same way.
    const right = await requestReRegistration(seeker.jobSeekerNumber, seeker.birthDate, email);
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('identity-locked');
    expect((await requestReRegistration(nobody, seeker.birthDate, email)).body.error.code).toBe('identity-locked');
    expect(await mailsTo(email)).toEqual([]);
    // The holder sees the attempts in ログイン履歴; the login itself is untouched.
    const browser = new TestBrowser();
    const idToken = await browser.signIn(seeker.email, seeker.password);
    // Refusals' audit lines come through the follow-up queue, after the answers.
    const history = async () =>
      (await browser.call('getSecurityHistory', {}, { idToken })).body.events.map((event: { type: string }) => event.type);
    await expect.poll(history, { timeout: 15_000 }).toContain('re-registration-failure');
  });

  it("gives an address that is another account's the same answer, and mails only its holder", async () => {
    const seeker = await newJobSeeker('re-register-taken');
    const other = await newJobSeeker('re-register-holder');
    const holderMailbox = await watchMailbox(other.email);
    const answer = await requestReRegistration(seeker.jobSeekerNumber, seeker.birthDate, other.email);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['verificationId']);
    expect((await holderMailbox.next(ADDRESS_IN_USE_SUBJECT)).text).toContain('アカウントを再登録');
    expect((await mailsTo(other.email)).filter((mail) => mail.subject === EMAIL_CONFIRMATION_SUBJECT)).toEqual([]);
    expect((await new TestBrowser().login(other.email, other.password)).body.status).toBe('otp-required');
  });

  it('refuses a common password and the new address as the password without spending the code, and counts wrong codes', async () => {
    const seeker = await newJobSeeker('re-register-rules');
    const newEmail = unknownAddress();
    const { verificationId, code } = await codeFor(seeker, newEmail);
    expect((await completeReRegistration(verificationId, code, 'password123')).body.error.code).toBe('password-too-common');
    expect((await completeReRegistration(verificationId, code, newEmail.toUpperCase())).body.error.code).toBe('password-same-as-email');
    const wrong = await completeReRegistration(verificationId, code === '000000' ? '000001' : '000000');
    expect(wrong.body.error.code).toBe('code-wrong');
    expect(wrong.body.error.remainingAttempts).toBe(CODE_MAX_WRONG_ENTRIES - 1);
    // Neither refusal used the code, nor counted as a guess.
    expect((await completeReRegistration(verificationId, code)).status).toBe(200);
  });

  it.skipIf(embeddedFirestore)(`lets a code be used once, however many race with it${racesSkipped}`, async () => {
    const seeker = await newJobSeeker('re-register-race');
    const { verificationId, code } = await codeFor(seeker, unknownAddress());
    const answers = await Promise.all(Array.from({ length: 5 }, () => completeReRegistration(verificationId, code)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
  });

  it(`never touches the holder's login code: ${CODE_MAILS_PER_WINDOW} right-pair requests, then a stranger's wrong codes, leave the login and its mailbox as they were`, async () => {
    // The 求職番号 and 生年月日 are on paper: whoever holds them can ask for codes, mailed to their own address.
    const seeker = await newJobSeeker('re-register-apart');
    const stranger = unknownAddress();
    const asked = [];
    for (let i = 0; i < CODE_MAILS_PER_WINDOW; i++)
      asked.push(await requestReRegistration(seeker.jobSeekerNumber, seeker.birthDate, stranger));
    expect(asked.map((answer) => answer.status)).toEqual(Array(CODE_MAILS_PER_WINDOW).fill(200));
    const mailbox = await watchMailbox(seeker.email);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    await mailbox.next(OTP_MAIL_SUBJECT);
    // Every stranger's code guessed wrong: the re-registration's own limits, never the login code's.
    for (const answer of asked)
      for (let i = 0; i < CODE_MAX_WRONG_ENTRIES; i++)
        await completeReRegistration(answer.body.verificationId as string, String(100_000 + i));
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    await mailbox.next(OTP_MAIL_SUBJECT);
    // No mail saying someone knows the password: these codes need only the 求職受付票.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await mailsTo(seeker.email)).map((mail) => mail.subject)).not.toContain(OTP_BLOCK_NOTICE_SUBJECT);
  }, 120_000);

  it("gives its verification ids nothing of the account's: two requests' ids share no part", async () => {
    const seeker = await newJobSeeker('re-register-opaque');
    const [first, second] = [await codeFor(seeker, unknownAddress()), await codeFor(seeker, unknownAddress())];
    expect(first.verificationId).not.toContain(seeker.uid);
    expect(first.verificationId.split('.')[0]).not.toBe(second.verificationId.split('.')[0]);
  });

  it('tells both addresses when the held re-registration cannot be applied (the new address taken meanwhile), and changes nothing', async () => {
    const seeker = await newJobSeeker('re-register-taken-later');
    const oldMailbox = await watchMailbox(seeker.email);
    const newEmail = unknownAddress();
    const { verificationId, code } = await codeFor(seeker, newEmail);
    expect((await completeReRegistration(verificationId, code)).status).toBe(200);
    await oldMailbox.next(RE_REGISTRATION_HELD_SUBJECT);
    // Meanwhile another job seeker registers the new address.
    const other = await newJobSeeker('re-register-took-it', { email: newEmail });
    const newMailbox = await watchMailbox(newEmail);
    await endReRegistrationHold(seeker.uid).catch(() => false);
    expect((await oldMailbox.next(RE_REGISTRATION_FAILED_SUBJECT)).text).toContain('再登録');
    expect((await newMailbox.next(RE_REGISTRATION_FAILED_SUBJECT)).text).toContain('再登録');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(newEmail, other.password)).body.status).toBe('otp-required');
  });
});
