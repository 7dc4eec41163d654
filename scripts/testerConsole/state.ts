import type { Timestamp } from 'firebase-admin/firestore';
import type { AccountRecord } from '../../functions/src/account/account';
import { urls } from '../lib/ports';
import { accounts, challenges, lockout, otpMail, trustedDevices } from '../lib/functionsData';

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
  lock: { failures: number; lockedUntil: number | null };
  code: {
    purpose: string;
    sentAt: number;
    expiresAt: number;
    usedAt: number | null;
    wrongEntriesLeft: number;
    /** That code's mail in MailDev's web page. */
    mailUrl: string | null;
  } | null;
  trustedBrowsers: { id: string; label: string; trustedAt: number; expiresAt: number }[];
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

/** The code mail sent for a challenge: the newest one to that address not older than the challenge. */
function codeMailUrl(mails: CaughtMail[], email: string, sentAt: number): string | null {
  const mail = mails
    .filter((candidate) => candidate.subject === otpMail.OTP_MAIL_SUBJECT)
    .filter((candidate) => candidate.to.some((to) => to.address.toLowerCase() === email.toLowerCase()))
    // MailDev stamps on receipt, a moment after the record was written; a second of slack for clocks.
    .filter((candidate) => Date.parse(candidate.time) >= sentAt - 1_000)
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
  return mail ? `${urls.mail}/#/email/${mail.id}` : null;
}

const millis = (value: Timestamp | null | undefined) => value?.toMillis() ?? null;

export async function readJobSeeker(uid: string, mails: CaughtMail[], now = Date.now()): Promise<JobSeekerView | null> {
  const snapshot = await accounts.accountRef(uid).get();
  const record = snapshot.data() as (AccountRecord & { jobSeekerNumber?: string }) | undefined;
  if (!record) return null;
  const [lock, code, devices] = await Promise.all([
    lockout.readLockState(record.email, now),
    challenges.readChallengeState('login-otp', uid),
    trustedDevices.listTrustedDevices(uid, [], now),
  ]);
  return {
    uid,
    email: record.email,
    displayName: record.displayName,
    officeName: record.officeName,
    jobSeekerNumber: record.jobSeekerNumber ?? null,
    jobSeekerStatus: { active: record.jobSeekerStatus.active, validUntil: millis(record.jobSeekerStatus.validUntil) },
    lock,
    code: code && {
      purpose: code.type,
      sentAt: code.createdAt,
      expiresAt: code.expiresAt,
      usedAt: code.usedAt,
      wrongEntriesLeft: code.wrongEntriesLeft,
      mailUrl: codeMailUrl(mails, record.email, code.createdAt),
    },
    trustedBrowsers: devices.map((device) => ({
      id: device.id,
      label: device.label,
      trustedAt: Date.parse(device.createdAt),
      expiresAt: Date.parse(device.expiresAt),
    })),
  };
}

/** Every job seeker, by address. */
export async function readJobSeekers(now = Date.now()): Promise<JobSeekerView[]> {
  const [snapshot, mails] = await Promise.all([accounts.accountCollection.get(), caughtMails()]);
  const views = await Promise.all(snapshot.docs.map((doc) => readJobSeeker(doc.id, mails, now)));
  return views.filter((view) => view !== null).sort((a, b) => a.email.localeCompare(b.email));
}

export const readOneJobSeeker = async (uid: string) => readJobSeeker(uid, await caughtMails());
