import { logger } from 'firebase-functions';
import type { SecurityEventType } from '@hellowork/contracts';
import { onTaskDispatched } from 'firebase-functions/tasks';
import type { TaskOptions } from 'firebase-admin/functions';
import { readJobSeeker } from '../account/jobSeeker';
import { jobSeekerRef } from '../data/collections';
import { otpBlockNoticeMail, otpResetRequiredNoticeMail } from '../otp/otpMail';
import type { WrongCodeOutcome } from '../verification/verification';
import { passwordResetMail } from '../passwords/passwordMails';
import { hashKey, smtpUrl } from '../platform/config';
import { lightFunction, RUNTIME_SERVICE_ACCOUNT } from '../platform/http';
import { sendMail, sendNotice } from '../platform/mail';
import { REGION } from '../platform/region';
import { enqueueTask } from '../platform/taskQueue';
import { applyReRegistration } from '../reRegistration/hold';
import { recordSecurityEvents, type SecurityEvent } from '../securityEvents/securityEvents';

/*
 * Work a request must leave behind without letting it shape the answer: the
 * audit line of a refusal, the reset code's mail. Written only for accounts
 * that exist, it would tell them apart by the answer's timing; done after the
 * answer, Cloud Functions might never run it (the CPU may be throttled once a
 * function has answered). So every such request hands the same kind of task to
 * this queue before it answers, whether or not there is an account (`uid`
 * null: the task does nothing), and Cloud Tasks retries it until it is done.
 */

/** The task queue function's name, as index.ts exports it. */
export const FOLLOW_UP = 'followUp';

type Client = { userAgent: string | null; now: number };
export type FollowUp =
  | ({ kind: 'security-events'; uid: string | null; events: SecurityEvent[] } & Client)
  | ({ kind: 'wrong-code'; uid: string; outcome: WrongCodeOutcome } & Client)
  // The code travels in the task (Cloud Tasks keeps it until delivered, minutes at most): only its hash is stored.
  | ({ kind: 'password-reset-code'; uid: string | null; code: string; expiresAt: number } & Client)
  // Scheduled for when the hold of a re-registration is over.
  | ({ kind: 're-registration-due'; uid: string; holdId: string } & Client);

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

async function carryOut(work: FollowUp): Promise<void> {
  const userAgent = work.userAgent ?? undefined;
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
      if (notice) await sendNotice(work.uid, notice);
      return;
    }
    case 'password-reset-code': {
      // Always sent: nothing a stranger does blocks the holder's reset (decision 0018), and a block of the
      // login code does not stop it either: the reset is how the holder ends that (the notice says so).
      const { email } = await readJobSeeker(work.uid);
      await sendMail(passwordResetMail(email, work.code, work.expiresAt));
      return recordSecurityEvents(work.uid, [{ type: 'otp-sent' }], userAgent, work.now);
    }
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
    // A mail server down for a few minutes delays the mail; it does not lose it (a code lives 30 minutes).
    retryConfig: { maxAttempts: 5, minBackoffSeconds: 10, maxBackoffSeconds: 120 },
  },
  ({ data }) => carryOut(data),
);

/** Returns once the queue holds the work (before the answer). */
export const enqueueFollowUp = (work: FollowUp, options: TaskOptions = {}) => enqueueTask(FOLLOW_UP, work, options);
