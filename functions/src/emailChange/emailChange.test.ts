import { describe, expect, it } from 'vitest';
import {
  ADDRESS_IN_USE_SUBJECT,
  EMAIL_CHANGED_SUBJECT,
  EMAIL_CONFIRMATION_SUBJECT,
  errorMessages,
  OTP_MAIL_SUBJECT,
  PASSWORD_RESET_MAIL_SUBJECT,
} from '@hellowork/contracts';
import { createJobSeeker } from '../../../testing/jobSeekers';
import { DEMO_PASSWORD, newJobSeekerNumber } from '../../../testing/demoData';
import { newJobSeeker, unknownAddress } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { endReRegistrationHold } from '../../../testing/functionsData';
import { mailsTo, mailedCodeIn, watchMailbox } from '../../../testing/mailbox';
import { embeddedFirestore, racesSkipped } from '../../../testing/officialFirestore';

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** A job seeker signed in past the second factor (trusted browser if asked). */
async function signedIn(name: string, trust = false) {
  const seeker = await newJobSeeker(name);
  const browser = new TestBrowser();
  const idToken = await browser.signIn(seeker.email, seeker.password, { trust });
  return { seeker, browser, idToken };
}

const requestChange = (browser: TestBrowser, idToken: string, newEmail: string, currentPassword = DEMO_PASSWORD) =>
  browser.call('requestEmailChange', { currentPassword, newEmail }, { idToken });
const confirmChange = (browser: TestBrowser, idToken: string, verificationId: string, code: string) =>
  browser.call('confirmEmailChange', { verificationId, code }, { idToken });

describe('メールアドレスの変更: a new login address, proved by a code mailed to it', () => {
  it('moves the login to the new address; the session and trusted browsers stay; the old address is told', async () => {
    const { seeker, browser, idToken } = await signedIn('change-address', true);
    const newEmail = unknownAddress();
    const newMailbox = await watchMailbox(newEmail);
    const oldMailbox = await watchMailbox(seeker.email);

    const requested = await requestChange(browser, idToken, newEmail.toUpperCase());
    expect(requested.status).toBe(200);
    const mail = await newMailbox.next(EMAIL_CONFIRMATION_SUBJECT);
    expect(mail.text).toContain('メールアドレスの変更');
    // Nothing has changed before the code comes back.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');

    const confirmed = await confirmChange(browser, idToken, requested.body.verificationId, mailedCodeIn(mail));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: newEmail });

    const notice = await oldMailbox.next(EMAIL_CHANGED_SUBJECT);
    expect(notice.text).toContain(`新しいメールアドレス：${newEmail}`);
    expect((await browser.call('getAccountSettings', {}, { idToken })).body.email).toBe(newEmail);
    // The old address no longer logs in; the new one does, and this trusted browser still skips the code.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('invalid-credentials');
    expect((await browser.login(newEmail, seeker.password)).body.status).toBe('signed-in');
    // A new browser's code goes to the new address.
    const codes = await watchMailbox(newEmail);
    expect((await new TestBrowser().login(newEmail, seeker.password)).body.status).toBe('otp-required');
    await codes.next(OTP_MAIL_SUBJECT);
    const history = (await browser.call('getSecurityHistory', {}, { idToken })).body.events.map((event: { type: string }) => event.type);
    expect(history).toContain('email-changed');
    // The code is void now, as is every other open code of the account.
    expect((await confirmChange(browser, idToken, requested.body.verificationId, mailedCodeIn(mail))).body.error.code).toBe(
      'code-superseded',
    );
  });

  it("gives an address that is another account's the same answer, and tells only that address's holder", async () => {
    const { seeker, browser, idToken } = await signedIn('change-taken');
    const other = await newJobSeeker('change-taken-holder');
    const holderMailbox = await watchMailbox(other.email);
    const free = await requestChange(browser, idToken, unknownAddress());
    const taken = await requestChange(browser, idToken, other.email);
    expect(taken.status).toBe(free.status);
    expect(Object.keys(taken.body)).toEqual(Object.keys(free.body));

    const notice = await holderMailbox.next(ADDRESS_IN_USE_SUBJECT);
    expect(notice.text).toContain('登録していません');
    expect((await mailsTo(other.email)).filter((mail) => mail.subject === EMAIL_CONFIRMATION_SUBJECT)).toEqual([]);
    // No code can take it: a guess is just a wrong code, and both accounts are as they were.
    const guess = await confirmChange(browser, idToken, taken.body.verificationId, '000000');
    expect(['code-wrong', 'email-unavailable']).toContain(guess.body.error.code);
    expect((await new TestBrowser().login(other.email, other.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });

  it('refuses with email-unavailable when the address was taken after the code was sent, changing nothing', async () => {
    const { seeker, browser, idToken } = await signedIn('change-race');
    const newEmail = unknownAddress();
    const mailbox = await watchMailbox(newEmail);
    const requested = await requestChange(browser, idToken, newEmail);
    const code = mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT));
    await createJobSeeker({
      email: newEmail,
      password: 'Sakini-Toroku 2026',
      displayName: '先 登録',
      officeName: '新宿公共職業安定所',
      jobSeekerNumber: newJobSeekerNumber(),
      birthDate: '1980-01-01',
    });
    const answer = await confirmChange(browser, idToken, requested.body.verificationId, code);
    expect(answer.status).toBe(409);
    expect(answer.body.error).toEqual({ code: 'email-unavailable', message: errorMessages['email-unavailable'] });
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(newEmail, 'Sakini-Toroku 2026')).body.status).toBe('otp-required');
  });

  it('asks for the current password under the login lock, and refuses the current address', async () => {
    const { seeker, browser, idToken } = await signedIn('change-password');
    const wrong = await requestChange(browser, idToken, unknownAddress(), 'wrong-password');
    expect(wrong.body.error.code).toBe('current-password-wrong');
    const same = await requestChange(browser, idToken, seeker.email);
    expect(same.body.error).toEqual({ code: 'email-same-as-current', message: errorMessages['email-same-as-current'] });
    // Refusals' audit lines come through the follow-up queue, after the answers.
    const history = async () =>
      (await browser.call('getSecurityHistory', {}, { idToken })).body.events.map((event: { type: string }) => event.type);
    await expect.poll(history, { timeout: 15_000 }).toContain('password-failure');
  });

  it.skipIf(embeddedFirestore)(
    `voids a password reset code mailed to the old address, and lets the code be used once however many race${racesSkipped}`,
    async () => {
      const { seeker, browser, idToken } = await signedIn('change-voids');
      const resetMailbox = await watchMailbox(seeker.email);
      const reset = await new TestBrowser().call('requestPasswordReset', { email: seeker.email });
      const resetCode = mailedCodeIn(await resetMailbox.next(PASSWORD_RESET_MAIL_SUBJECT));

      const newEmail = unknownAddress();
      const mailbox = await watchMailbox(newEmail);
      const requested = await requestChange(browser, idToken, newEmail);
      const code = mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT));
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => confirmChange(browser, idToken, requested.body.verificationId, code)),
      );
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);

      // Whoever still reads the old mailbox cannot take the password with the code sent there before.
      const takeover = await new TestBrowser().call('resetPassword', {
        verificationId: reset.body.verificationId,
        code: resetCode,
        newPassword: 'Nottori-Password 2026',
      });
      expect(takeover.body.error.code).toBe('code-superseded');
      expect((await new TestBrowser().login(newEmail, seeker.password)).body.status).toBe('otp-required');
    },
  );

  it.skipIf(embeddedFirestore)(
    `raced by a re-registration of the same account: one of them wins, and exactly one address logs in${racesSkipped}`,
    async () => {
      const { seeker, browser, idToken } = await signedIn('change-vs-re-register');
      const [changeTo, reRegisterTo] = [unknownAddress(), unknownAddress()];
      const [changeMailbox, reRegisterMailbox] = await Promise.all([watchMailbox(changeTo), watchMailbox(reRegisterTo)]);
      const change = await requestChange(browser, idToken, changeTo);
      const reRegister = await new TestBrowser().call('requestReRegistration', {
        jobSeekerNumber: seeker.jobSeekerNumber,
        birthDate: seeker.birthDate,
        email: reRegisterTo,
      });
      const [changeCode, reRegisterCode] = [
        mailedCodeIn(await changeMailbox.next(EMAIL_CONFIRMATION_SUBJECT)),
        mailedCodeIn(await reRegisterMailbox.next(EMAIL_CONFIRMATION_SUBJECT)),
      ];
      const newPassword = 'Sairoku-Password 2026';
      const answers = await Promise.all([
        confirmChange(browser, idToken, change.body.verificationId, changeCode),
        new TestBrowser().call('completeReRegistration', {
          verificationId: reRegister.body.verificationId,
          code: reRegisterCode,
          newPassword,
        }),
      ]);
      expect(answers.map((answer) => answer.status).filter((status) => status >= 500)).toEqual([]);
      await endReRegistrationHold(seeker.uid); // the re-registration's hold is over
      const logsIn = async (email: string, password: string) =>
        (await new TestBrowser().login(email, password)).body.status === 'otp-required';
      const working = [
        await logsIn(seeker.email, seeker.password),
        await logsIn(changeTo, seeker.password),
        await logsIn(reRegisterTo, newPassword),
      ];
      expect(working.filter(Boolean), JSON.stringify(answers.map((answer) => answer.body))).toHaveLength(1);
      expect(working[0]).toBe(false);
    },
  );

  it("will not let one account's session spend another account's code", async () => {
    const victim = await signedIn('change-victim');
    const attacker = await signedIn('change-attacker');
    const newEmail = unknownAddress();
    const mailbox = await watchMailbox(newEmail);
    const requested = await requestChange(victim.browser, victim.idToken, newEmail);
    const code = mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT));
    const stolen = await confirmChange(attacker.browser, attacker.idToken, requested.body.verificationId, otherCode(code));
    expect(stolen.body.error.code).toBe('code-superseded');
    // The victim's code was not touched: it still works.
    expect((await confirmChange(victim.browser, victim.idToken, requested.body.verificationId, code)).status).toBe(200);
  });
});
