import { emailSchema, formatJobSeekerNumber, jobSeekerNumberSchema } from '@hellowork/contracts';
import { demoJobSeekers, type JobSeeker } from './demoData';
import {
  auth,
  birthDateHash,
  collections,
  firestore,
  jobSeekerIdentityRef,
  jobSeekerRef,
  loginAccountRef,
  loginAccountRecords,
  newJobSeekerRecord,
} from './functionsData';

/*
 * Job seekers as the product stores them: a loginAccounts record (login id →
 * uid and password hash, as the functions keep it), a users/{uid} My Page
 * record with the address codes go to, a jobSeekerIdentities record (求職番号
 * and 生年月日, for アカウントを再登録), and a Firebase Auth user with a uid
 * only — no e-mail, no password — that carries the session after both steps.
 * Used for the demo data and by tests that need an account of their own.
 */

/**
 * One hash per password for every account this process creates (Argon2id at 64 MiB takes ~0.1 s of a core, and
 * a test run creates hundreds of accounts with the demo password): each record is the product's own, only the
 * salt is shared between them.
 */
const recordsByPassword = new Map<string, ReturnType<typeof loginAccountRecords>>();
function loginAccountRecord(password: string, uid: string, now: number) {
  if (!recordsByPassword.has(password)) recordsByPassword.set(password, loginAccountRecords(password));
  return recordsByPassword.get(password)!.then((recordFor) => recordFor(uid, now));
}

/** Creates (or re-creates, fresh) a job seeker; returns the uid. */
export async function createJobSeeker(seeker: JobSeeker, now = Date.now()): Promise<string> {
  const loginId = emailSchema.parse(seeker.email);
  const accountRef = loginAccountRef(loginId);
  const previous = (await accountRef.get()).data();
  if (previous) {
    await auth()
      .deleteUser(previous.uid)
      .catch(() => undefined);
    for (const path of [
      collections.trustedDevices(previous.uid),
      collections.sessions(previous.uid),
      collections.securityEvents(previous.uid),
    ]) {
      await Promise.all((await firestore().collection(path).get()).docs.map((doc) => doc.ref.delete()));
    }
    await Promise.all([jobSeekerRef(previous.uid).delete(), accountRef.delete()]);
  }
  const { uid } = await auth().createUser({});
  const jobSeekerNumber = jobSeekerNumberSchema.parse(seeker.jobSeekerNumber);
  await jobSeekerIdentityRef(jobSeekerNumber).set({ uid, birthDateHash: birthDateHash(jobSeekerNumber, seeker.birthDate) });
  // Deleted first: the embedded Firestore's set() merges into what was there.
  await accountRef.set(await loginAccountRecord(seeker.password, uid, now));
  await jobSeekerRef(uid).set({
    ...newJobSeekerRecord(
      {
        email: loginId,
        displayName: seeker.displayName,
        officeName: seeker.officeName,
        jobSeekerNumber: formatJobSeekerNumber(jobSeekerNumber),
      },
      now,
    ),
    newMessageCount: seeker.newMessageCount ?? 0,
    referralJobs: seeker.referralJobs ?? { total: 0, latest: [] },
  });
  return uid;
}

export async function loadDemoData(): Promise<void> {
  for (const seeker of demoJobSeekers) await createJobSeeker(seeker);
}
