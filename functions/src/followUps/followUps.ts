import { logger } from 'firebase-functions';
import type { SecurityEventType } from '@hellowork/contracts';
import { onTaskDispatched } from 'firebase-functions/tasks';
import { readJobSeeker } from '../account/jobSeeker';
import { jobSeekerRef } from '../data/collections';
import { inviteToFirstPassword } from '../firstPassword/invitation';
import { otpBlockNoticeMail, otpResetRequiredNoticeMail } from '../otp/otpMail';
import type { WrongCodeOutcome } from '../verification/verification';
import { passwordResetMail } from '../passwords/passwordMails';
import { hashKey, smtpUrl } from '../platform/config';
import { lightFunction, RUNTIME_SERVICE_ACCOUNT } from '../platform/http';
import { sendMail, type Mail } from '../platform/mail';
import { REGION } from '../platform/region';
import { applyReRegistration } from '../reRegistration/hold';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { FOLLOW_UP_RETRY, queueMail, UNDELIVERABLE_MAIL, type FollowUp } from './queue';

/*
 * Work a request must leave behind without letting it shape the answer: the
 * audit line of a refusal, the reset code's mail. Written only for accounts
 * that exist, it would tell them apart by the answer's timing; done after the
 * answer, Cloud Functions might never run it (the CPU may be throttled once a
 * function has answered). So every such request hands the same kind of task to
 * this queue before it answers, whether or not there is an account (`uid`
 * null: the task does nothing), and Cloud Tasks retries it until it is done.
 * Every mail the product promises goes through it too (queue.ts), so a mail
 * server outage of an hour delays mail and loses none.
 */

const wrongCodeEvents: Record<WrongCodeOutcome['code'], SecurityEventType> = {
  'code-wrong': 'otp-failure',
  'code-exhausted': 'code-exhausted',
  'code-blocked': 'code-blocked',
  'code-reset-required': 'code-reset-required',
};

/** The holder's notice of a block this wrong code set, if it is the one that warns. */
const blockNotice = (email: string, { code, warns, blockedUntil }: WrongCodeOutcome, now: number) => {
  if (!warns) return null;
  if (code === 'code-reset-required') return otpResetRequiredNoticeMail(email, now);
  return blockedUntil === null ? null : otpBlockNoticeMail(email, now, blockedUntil);
};

/** Sends a promised mail; its last attempt failing is an error an operator is alerted to (docs/deploy.md). */
async function deliver(uid: string, mail: Mail, lastAttempt: boolean): Promise<void> {
  try {
    await sendMail(mail);
  } catch (error) {
    if (lastAttempt) logger.error('Mail undeliverable: its last attempt failed', { ...UNDELIVERABLE_MAIL, uid, subject: mail.subject });
    throw error;
  }
}

async function carryOut(work: FollowUp, lastAttempt: boolean): Promise<void> {
  const userAgent = work.userAgent ?? undefined;
  // Each gets a mail task of its own. A retry of the batch makes each code anew (the new one replaces the old).
  if (work.kind === 'first-password-invitations') {
    await Promise.all(work.uids.map((uid) => inviteToFirstPassword(uid)));
    return;
  }
  if (!work.uid) return;
  switch (work.kind) {
    case 'security-events':
      return recordSecurityEvents(work.uid, work.events, userAgent, work.now);
    case 'wrong-code': {
      // A reset code of an address without an account has a pseudo-uid and no holder: nothing to write.
      const account = (await jobSeekerRef(work.uid).get()).data();
      if (!account) return;
      await recordSecurityEvents(work.uid, [{ type: wrongCodeEvents[work.outcome.code] }], userAgent, work.now);
      const notice = blockNotice(account.email, work.outcome, work.now);
      // A task of its own: retried alone, it does not record the events again.
      if (notice) await queueMail(work.uid, notice);
      return;
    }
    case 'password-reset-code': {
      // Always sent: nothing a stranger does blocks the holder's reset (decision 0018), and a block of the
      // login code does not stop it either: the reset is how the holder ends that (the notice says so).
      const { email } = await readJobSeeker(work.uid);
      const mail = passwordResetMail(email, work.code, work.expiresAt);
      // A code that expired during an outage would only mislead: the holder asks for a new one.
      if (Date.now() >= work.expiresAt)
        return logger.error('Mail undeliverable: its code expired first', { ...UNDELIVERABLE_MAIL, uid: work.uid, subject: mail.subject });
      await deliver(work.uid, mail, lastAttempt);
      return recordSecurityEvents(work.uid, [{ type: 'otp-sent' }], userAgent, work.now);
    }
    case 'mail':
      return deliver(work.uid, work.mail, lastAttempt);
    case 're-registration-due': {
      if (!(await applyReRegistration(work.holdId, userAgent, Date.now())))
        logger.info('Re-registration not applied: cancelled, replaced, or not yet due', { uid: work.uid });
      return;
    }
  }
}

export const followUp = onTaskDispatched<FollowUp>(
  {
    region: REGION,
    ...lightFunction,
    secrets: [hashKey, smtpUrl],
    serviceAccount: RUNTIME_SERVICE_ACCOUNT,
    retryConfig: FOLLOW_UP_RETRY,
  },
  ({ data, retryCount }) => carryOut(data, retryCount + 1 >= FOLLOW_UP_RETRY.maxAttempts),
);
