import { EMAIL_CONFIRMATION_SUBJECT, OTP_MAIL_SUBJECT, PASSWORD_RESET_MAIL_SUBJECT } from '@hellowork/contracts';
import type { AccountRecord } from '../../functions/src/account/account';
import type { VerificationType } from '../../functions/src/otp/verification';
import { paths, typed } from '../../functions/src/platform/collections';
import { urls } from '../lib/ports';
import { db, lockout, securityEvents, sessions, trustedDevices, verification, verificationLimits } from '../lib/functionsData';

/*
 * What the console shows of each job seeker, read through the functions' own
 * data-access modules. Never a code, a secret or a hash: a tester reads the
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
  lock: Awaited<ReturnType<typeof lockout.readLoginLocks>>;
  code:
    | (NonNullable<Awaited<ReturnType<typeof verification.readVerificationState>>> & {
        /** That code's mail in MailDev's web page. */
        mailUrl: string | null;
      })
    | null;
  codeLimits: Awaited<ReturnType<typeof verificationLimits.readLimitsState>>;
  trustedBrowsers: Awaited<ReturnType<typeof trustedDevices.readTrustedDevicesState>>;
  sessions: Awaited<ReturnType<typeof sessions.readSessions>>;
  /** The newest security events, as ログイン履歴 shows them to the holder. */
  events: Awaited<ReturnType<typeof securityEvents.listSecurityEvents>>;
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

const users = () => db.collection(paths.users).withConverter(typed<AccountRecord>());

async function readJobSeeker(uid: string, mails: CaughtMail[], now = Date.now()): Promise<JobSeekerView | null> {
  const record = (await users().doc(uid).get()).data();
  if (!record) return null;
  const [lock, codes, codeLimits, devices, open, events] = await Promise.all([
    lockout.readLoginLocks(record.email, now),
    Promise.all(verification.verificationTypes.map((type) => verification.readVerificationState(type, uid))),
    verificationLimits.readLimitsState('login-otp', uid, now),
    trustedDevices.readTrustedDevicesState(uid, now),
    sessions.readSessions(uid, now),
    securityEvents.listSecurityEvents(uid),
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
  };
}

/** Every job seeker, by address. */
export async function readJobSeekers(now = Date.now()): Promise<JobSeekerView[]> {
  const [snapshot, mails] = await Promise.all([users().get(), caughtMails()]);
  const views = await Promise.all(snapshot.docs.map((doc) => readJobSeeker(doc.id, mails, now)));
  return views.filter((view) => view !== null).sort((a, b) => a.email.localeCompare(b.email));
}
