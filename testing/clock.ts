import { getFirestore, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS } from '@hellowork/contracts';
import { paths, verificationDocId } from '../functions/src/platform/collections';
import { adminApp } from '../scripts/lib/jobSeekers';

/*
 * Moving the clock for stored state: every time kept in a document is moved
 * into the past, exactly as if that much time had gone by since it was written.
 */

const db = () => getFirestore(adminApp());

async function agePaths(refs: DocumentReference[], ms: number) {
  for (const ref of refs) {
    const data = (await ref.get()).data();
    if (!data) continue;
    const moved = Object.fromEntries(
      Object.entries(data)
        .filter(([, value]) => value instanceof Timestamp)
        .map(([name, value]) => [name, Timestamp.fromMillis((value as Timestamp).toMillis() - ms)]),
    );
    if (Object.keys(moved).length) await ref.update(moved);
  }
}

const ageCollection = async (path: string, ms: number) =>
  agePaths(
    (await db().collection(path).get()).docs.map((doc) => doc.ref),
    ms,
  );

/** Lockouts of every login id: the tests run one file at a time. */
export const passLockoutTime = (minutes: number) => ageCollection(paths.loginGuards, minutes * MINUTE_MS);

/** The account's live code. */
export const passOtpTime = (uid: string, minutes: number) =>
  agePaths([db().collection(paths.verifications).doc(verificationDocId('login-otp', uid))], minutes * MINUTE_MS);

/** The account's limits across codes: the hour without codes, and the 15-minute mail windows. */
export const passVerificationLimitTime = (uid: string, minutes: number) =>
  agePaths([db().collection(paths.verificationLimits).doc(verificationDocId('login-otp', uid))], minutes * MINUTE_MS);

/** Trusted browsers of the account: their 90 days, and their own password locks. */
export const passTrustedDeviceTime = (uid: string, days: number) => ageCollection(paths.trustedDevices(uid), days * DAY_MS);
export const passTrustedDeviceLockTime = (uid: string, minutes: number) => ageCollection(paths.trustedDevices(uid), minutes * MINUTE_MS);

/** Every session of the account: both its age and the time since it was last used. */
export const passSessionTime = (uid: string, minutes: number) => ageCollection(paths.sessions(uid), minutes * MINUTE_MS);

/** What Firestore holds, as an attacker with a copy of the database would see it. */
export const storedDocument = async (path: string): Promise<Record<string, any> | undefined> => (await db().doc(path).get()).data();
export const storedCollection = async (path: string): Promise<Record<string, any>[]> =>
  (await db().collection(path).get()).docs.map((doc) => ({ id: doc.id, ...doc.data() }));
