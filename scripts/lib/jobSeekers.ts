import { Timestamp } from 'firebase-admin/firestore';
import { demoJobSeekers, type JobSeeker } from './demoData';
import { accounts, auth, trustedDevices } from './functionsData';

/*
 * Job seekers as the product stores them: a Firebase Auth account for the
 * login and a users/{uid} My Page record. Used for the demo data and by tests
 * that need an account of their own.
 */

/** Creates (or re-creates, fresh) a job seeker; returns the uid. */
export async function createJobSeeker(seeker: JobSeeker, now = Date.now()): Promise<string> {
  const existing = await auth.getUserByEmail(seeker.email).catch(() => null);
  if (existing) await auth.deleteUser(existing.uid);
  const { uid } = await auth.createUser({ email: seeker.email, password: seeker.password, emailVerified: true });
  const userDoc = accounts.accountRef(uid);
  const trusted = await trustedDevices.devicesOf(uid).get();
  await Promise.all([...trusted.docs.map((doc) => doc.ref.delete()), userDoc.delete()]);
  // Deleted first: the embedded Firestore's set() merges into what was there.
  await userDoc.set({
    email: seeker.email,
    displayName: seeker.displayName,
    officeName: seeker.officeName,
    // 求職の有効期間: 原則として登録から翌々月の末日
    jobSeekerStatus: { active: true, validUntil: Timestamp.fromMillis(endOfMonthAfterNext(now)) },
    newMessageCount: seeker.newMessageCount ?? 0,
    referralJobs: seeker.referralJobs ?? { total: 0, latest: [] },
  });
  return uid;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The last moment (Japan time) of the month after next. */
function endOfMonthAfterNext(now: number): number {
  const japan = new Date(now + JST_OFFSET_MS);
  return Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() + 3, 1) - JST_OFFSET_MS - 1;
}

export async function loadDemoData(): Promise<void> {
  for (const seeker of demoJobSeekers) await createJobSeeker(seeker);
}
