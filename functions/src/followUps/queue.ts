import { logger } from 'firebase-functions';
import type { TaskOptions } from 'firebase-admin/functions';
import type { Mail } from '../platform/mail';
import { enqueueTask } from '../platform/taskQueue';
import type { SecurityEvent } from '../securityEvents/securityEvents';
import type { WrongCodeOutcome } from '../verification/verification';

/*
 * The follow-up queue's door: what the capabilities hand it (followUps.ts carries it out). Apart from
 * that function so that a capability the follow-ups call (a re-registration's hold) can queue work too.
 */

/** The task queue function's name, as index.ts exports it. */
export const FOLLOW_UP = 'followUp';

/**
 * How Cloud Tasks retries a follow-up that failed (a mail server that does not answer): seconds apart at
 * first, so a short outage delays a mail by little more than itself, then every 5 minutes, for 20
 * attempts over 70 minutes (retrySchedule.unit.test.ts reads it from the manifest as Cloud Tasks does).
 * The attempts alone decide (no age limit), so the handler knows which attempt is the last. The
 * Functions emulator runs the same schedule.
 */
export const FOLLOW_UP_RETRY = { maxAttempts: 20, minBackoffSeconds: 5, maxBackoffSeconds: 300, maxDoublings: 6, maxRetrySeconds: 0 };

/**
 * The log field an operator alerts on (docs/deploy.md names the query): a mail the product promised
 * that will not be sent, logged as an error.
 */
export const UNDELIVERABLE_MAIL = { alert: 'mail-undeliverable' } as const;

type Client = { userAgent: string | null; now: number };
export type FollowUp =
  | ({ kind: 'security-events'; uid: string | null; events: SecurityEvent[] } & Client)
  | ({ kind: 'wrong-code'; uid: string; outcome: WrongCodeOutcome } & Client)
  // The code travels in the task (Cloud Tasks keeps it until delivered, at most the code's life): only its hash is stored.
  | ({ kind: 'password-reset-code'; uid: string | null; code: string; expiresAt: number } & Client)
  // A mail the product promised (a notice, a re-registration's cancel code): sent, or retried until it is.
  | ({ kind: 'mail'; uid: string; mail: Mail } & Client)
  // The マイページ開設 mails of job seekers an import created (a task per batch of them: the import queues thousands).
  | ({ kind: 'first-password-invitations'; uid: null; uids: string[] } & Client)
  // Scheduled for when the hold of a re-registration is over.
  | ({ kind: 're-registration-due'; uid: string; holdId: string } & Client);

/** How many job seekers' マイページ開設 mails one task makes: the import of 10,000 queues 100 tasks, not 10,000. */
export const FIRST_PASSWORD_INVITATIONS_PER_TASK = 100;

/** Returns once the queue holds the work (before the answer). */
export const enqueueFollowUp = (work: FollowUp, options: TaskOptions = {}) => enqueueTask(FOLLOW_UP, work, options);

/**
 * A mail to the holder of `uid` that must arrive even through a mail server outage: queued, and sent by
 * the follow-up queue, which retries it (FOLLOW_UP_RETRY). Refuses only when the queue cannot take it.
 */
export const queueMail = (uid: string, mail: Mail) => enqueueFollowUp({ kind: 'mail', uid, mail, userAgent: null, now: Date.now() });

/** A notice of what has happened already: a queue that cannot take it does not change the answer, it alerts. */
export const queueNotice = (uid: string, mail: Mail) =>
  queueMail(uid, mail).catch((error: unknown) =>
    logger.error('Notice not queued', { ...UNDELIVERABLE_MAIL, uid, subject: mail.subject, error: String(error) }),
  );
