import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_CONFIRMATION_SUBJECT,
  PASSWORD_CHANGED_SUBJECT,
  PASSWORD_RESET_MAIL_SUBJECT,
  RE_REGISTRATION_HELD_SUBJECT,
  TRUST_NOTICE_SUBJECT,
} from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { mailedCodeIn, settledMails, watchMailbox, withMailDown } from '../../../testing/mailbox';
import { FOLLOW_UP_RETRY } from '../../../testing/functionsData';

const NEW_PASSWORD = 'Teiden-Password 2026';
/**
 * Long enough for the follow-up queue to try each mail twice while the server is down: the first attempt at once,
 * the first retry the least backoff later; the next comes twice that after it, once the server is back.
 */
const OUTAGE_MS = 2 * FOLLOW_UP_RETRY.minBackoffSeconds * 1000;

// Stops MailDev, which every other suite reads codes from: npm test runs this file alone (*.alone.test.ts).
describe('mail the product promised while the mail server was down', () => {
  it('arrives once the mail server is back, each mail exactly once: the reset code, the notices and the re-registration hold', async () => {
    // What each job seeker had in hand before the outage: a login code, a session, a re-registration code.
    const [resetting, trusting, changing, reRegistering] = await Promise.all([
      newJobSeeker('outage-reset'),
      newJobSeeker('outage-trust'),
      newJobSeeker('outage-change'),
      newJobSeeker('outage-re-register'),
    ]);
    const trustingBrowser = new TestBrowser();
    const trustingMailbox = await watchMailbox(trusting.email);
    const login = await trustingBrowser.login(trusting.email, trusting.password);
    const otp = mailedCodeIn(await trustingMailbox.next());
    const changingBrowser = new TestBrowser();
    const idToken = await changingBrowser.signIn(changing.email, changing.password);
    const newEmail = unknownAddress();
    const newMailbox = await watchMailbox(newEmail);
    const request = await new TestBrowser().call('requestReRegistration', {
      jobSeekerNumber: reRegistering.jobSeekerNumber,
      birthDate: reRegistering.birthDate,
      email: newEmail,
    });
    const reRegistrationCode = mailedCodeIn(await newMailbox.next(EMAIL_CONFIRMATION_SUBJECT));

    const answers = await withMailDown(async () => {
      const during = await Promise.all([
        new TestBrowser().call('requestPasswordReset', { email: resetting.email }),
        trustingBrowser.verifyOtp(login.body.verificationId, otp, true),
        changingBrowser.call('changePassword', { currentPassword: changing.password, newPassword: NEW_PASSWORD }, { idToken }),
        new TestBrowser().call('completeReRegistration', {
          verificationId: request.body.verificationId,
          code: reRegistrationCode,
          newPassword: NEW_PASSWORD,
        }),
      ]);
      await sleep(OUTAGE_MS);
      return during;
    });
    // Each request was answered as on any day: the mail is the product's promise, not the job seeker's problem.
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);

    const arrived = await Promise.all([
      settledMails(resetting.email, PASSWORD_RESET_MAIL_SUBJECT, 1, 150_000),
      settledMails(trusting.email, TRUST_NOTICE_SUBJECT, 1, 150_000),
      settledMails(changing.email, PASSWORD_CHANGED_SUBJECT, 1, 150_000),
      settledMails(reRegistering.email, RE_REGISTRATION_HELD_SUBJECT, 1, 150_000),
    ]);
    expect(arrived.map((mails) => mails.length)).toEqual([1, 1, 1, 1]);
    // The reset code that arrived late still resets the password.
    const reset = await new TestBrowser().call('resetPassword', {
      verificationId: answers[0].body.verificationId,
      code: mailedCodeIn(arrived[0][0]!),
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    expect(arrived[3][0]!.text).toMatch(/取り消しコード：\d{4}-\d{4}-\d{4}-\d{4}/);
  }, 400_000);
});
