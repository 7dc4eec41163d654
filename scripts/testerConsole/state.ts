import {
  EMAIL_CONFIRMATION_SUBJECT,
  FIRST_PASSWORD_MAIL_SUBJECT,
  OTP_MAIL_SUBJECT,
  PASSWORD_RESET_MAIL_SUBJECT,
} from '@hellowork/contracts';
import { urls } from '../lib/ports';
import {
  jobSeekerRef,
  jobSeekers,
  listSecurityEvents,
  readCodeLimitsState,
  readLoginLocks,
  readReRegistrationHold,
  readSessions,
  readTrustedDevicesState,
  readVerificationState,
  verificationTypes,
  type VerificationType,
} from '../../testing/functionsData';

/*
 * What the console shows of each job seeker, read through the functions' own
 * data layer. Never a code, a secret or a hash: a tester reads the
 * code in MailDev, as the job seeker would in their mailbox.
 */

export type JobSeekerView = {
  uid: string;
  email: string;
  displayName: string;
  officeName: string;
  /** 求職番号, where the record has one. */
  jobSeekerNumber: string | null;
  jobSeekerStatus: { active: boolean; validUntil: number | null };
  lock: Awaited<ReturnType<typeof readLoginLocks>>;
  code:
    | (NonNullable<Awaited<ReturnType<typeof readVerificationState>>> & {
        /** That code's mail in MailDev's web page. */
        mailUrl: string | null;
      })
    | null;
  codeLimits: Awaited<ReturnType<typeof readCodeLimitsState>>;
  trustedBrowsers: Awaited<ReturnType<typeof readTrustedDevicesState>>;
  sessions: Awaited<ReturnType<typeof readSessions>>;
  /** A completed re-registration waiting out its hold: where to and when (never the cancel code). */
  reRegistrationHold: Awaited<ReturnType<typeof readReRegistrationHold>>;
  /** The newest security events, as ログイン履歴 shows them to the holder. */
  events: Awaited<ReturnType<typeof listSecurityEvents>>;
};

type CaughtMail = { id: string; subject: string; time: string; to: { address: string }[] };

/** MailDev's mails; none when it is down (the console still shows everything else). */
async function caughtMails(): Promise<CaughtMail[]> {
  try {
    const response = await fetch(`${urls.mail}/api/email`, { signal: AbortSignal.timeout(3_000) });
    return response.ok ? ((await response.json()) as CaughtMail[]) : [];
  } catch {
    return [];
  }
}

const codeMailSubjects: Record<VerificationType, string> = {
  'login-otp': OTP_MAIL_SUBJECT,
  'password-reset': PASSWORD_RESET_MAIL_SUBJECT,
  'email-change': EMAIL_CONFIRMATION_SUBJECT,
  're-registration': EMAIL_CONFIRMATION_SUBJECT,
  'first-password': FIRST_PASSWORD_MAIL_SUBJECT,
};

/** The code mail sent for a verification: the newest one of its kind to its address not older than the record. */
function codeMailUrl(
  mails: CaughtMail[],
  email: string,
  code: { type: VerificationType; sentAt: number; target: string | null },
): string | null {
  const { sentAt } = code;
  const address = code.target ?? email;
  const mail = mails
    .filter((candidate) => candidate.subject === codeMailSubjects[code.type])
    .filter((candidate) => candidate.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
    // MailDev stamps on receipt, a moment after the record was written; a second of slack for clocks.
    .filter((candidate) => Date.parse(candidate.time) >= sentAt - 1_000)
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
  return mail ? `${urls.mail}/#/email/${mail.id}` : null;
}

async function readJobSeeker(uid: string, mails: CaughtMail[], now = Date.now()): Promise<JobSeekerView | null> {
  const record = (await jobSeekerRef(uid).get()).data();
  if (!record) return null;
  const [lock, codes, codeLimits, devices, open, events, reRegistrationHold] = await Promise.all([
    readLoginLocks(record.email, now),
    Promise.all(verificationTypes.map((type) => readVerificationState(type, uid))),
    readCodeLimitsState('login-otp', uid, now),
    readTrustedDevicesState(uid, now),
    readSessions(uid, now),
    listSecurityEvents(uid),
    readReRegistrationHold(uid),
  ]);
  // The account's newest code, of whichever purpose: a job seeker has one screen open at a time.
  const code = codes.filter((state) => state !== null).sort((a, b) => b.sentAt - a.sentAt)[0] ?? null;
  return {
    uid,
    email: record.email,
    displayName: record.displayName,
    officeName: record.officeName,
    jobSeekerNumber: record.jobSeekerNumber ?? null,
    jobSeekerStatus: { active: record.jobSeekerStatus.active, validUntil: record.jobSeekerStatus.validUntil?.toMillis() ?? null },
    lock,
    code: code && { ...code, mailUrl: codeMailUrl(mails, record.email, code) },
    codeLimits,
    trustedBrowsers: devices,
    sessions: open,
    events,
    reRegistrationHold,
  };
}

/**
 * How many job seekers the page shows in full. After a test run the emulators hold hundreds, and each
 * one's state is a dozen reads: the rest are counted, and found by the search.
 */
export const SHOWN_JOB_SEEKERS = 20;

export type JobSeekerList = { shown: JobSeekerView[]; matching: number; total: number };

/** The job seekers whose address, name, 安定所 or 求職番号 contains `search` (all for ''), by address, the first ones in full. */
export async function readJobSeekers(search = '', now = Date.now()): Promise<JobSeekerList> {
  const [snapshot, mails] = await Promise.all([jobSeekers().get(), caughtMails()]);
  const needle = search.toLowerCase();
  const matching = snapshot.docs
    .map((doc) => ({ uid: doc.id, record: doc.data() }))
    .filter(({ record }) =>
      [record.email, record.displayName, record.officeName, record.jobSeekerNumber ?? ''].some((field) =>
        field.toLowerCase().includes(needle),
      ),
    )
    .sort((a, b) => a.record.email.localeCompare(b.record.email));
  const views = await Promise.all(matching.slice(0, SHOWN_JOB_SEEKERS).map(({ uid }) => readJobSeeker(uid, mails, now)));
  return { shown: views.filter((view) => view !== null), matching: matching.length, total: snapshot.size };
}
