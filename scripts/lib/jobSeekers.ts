import { Timestamp } from 'firebase-admin/firestore';
import { emailSchema, formatJobSeekerNumber, jobSeekerNumberSchema } from '@hellowork/contracts';
import { loginAccountIdWith, newLoginAccountRecord } from '../../functions/src/passwords/loginAccount';
import { birthDateHashWith, jobSeekerIdentityIdWith } from '../../functions/src/reRegistration/jobSeekerIdentity';
import { paths } from '../../functions/src/platform/collections';
import { demoJobSeekers, type JobSeeker } from './demoData';
import { auth, db } from './functionsData';
import { localHashKey } from './localSecret';

/*
 * Job seekers as the product stores them: a loginAccounts record (login id →
 * uid and password hash, as the functions keep it), a users/{uid} My Page
 * record with the address codes go to, a jobSeekerIdentities record (求職番号
 * and 生年月日, for アカウントを再登録), and a Firebase Auth user with a uid
 * only — no e-mail, no password — that carries the session after both steps.
 * Used for the demo data and by tests that need an account of their own.
 */

/** The loginAccounts record of an address, under the id the local functions compute (their LOGIN_HASH_KEY). */
export const loginAccountRef = (email: string) =>
  db.collection(paths.loginAccounts).doc(loginAccountIdWith(localHashKey(), emailSchema.parse(email)));

/** Creates (or re-creates, fresh) a job seeker; returns the uid. */
export async function createJobSeeker(seeker: JobSeeker, now = Date.now()): Promise<string> {
  const loginId = emailSchema.parse(seeker.email);
  const accountRef = loginAccountRef(loginId);
  const previous = (await accountRef.get()).data() as { uid: string } | undefined;
  if (previous) {
    await auth.deleteUser(previous.uid).catch(() => undefined);
    for (const path of [paths.trustedDevices(previous.uid), paths.sessions(previous.uid), paths.securityEvents(previous.uid)]) {
      await Promise.all((await db.collection(path).get()).docs.map((doc) => doc.ref.delete()));
    }
    await Promise.all([db.collection(paths.users).doc(previous.uid).delete(), accountRef.delete()]);
  }
  const { uid } = await auth.createUser({});
  const jobSeekerNumber = jobSeekerNumberSchema.parse(seeker.jobSeekerNumber);
  await db
    .collection(paths.jobSeekerIdentities)
    .doc(jobSeekerIdentityIdWith(localHashKey(), jobSeekerNumber))
    .set({ uid, birthDateHash: birthDateHashWith(localHashKey(), jobSeekerNumber, seeker.birthDate) });
  // Deleted first: the embedded Firestore's set() merges into what was there.
  await accountRef.set(await newLoginAccountRecord(uid, seeker.password, now));
  await db
    .collection(paths.users)
    .doc(uid)
    .set({
      email: loginId,
      displayName: seeker.displayName,
      officeName: seeker.officeName,
      jobSeekerNumber: formatJobSeekerNumber(jobSeekerNumber),
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
