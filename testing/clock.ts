import { getFirestore, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS } from '@hellowork/contracts';
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

/** Lockouts of every login id: the tests run one file at a time. */
export async function passLockoutTime(minutes: number) {
  const guards = await db().collection('loginGuards').get();
  await agePaths(
    guards.docs.map((doc) => doc.ref),
    minutes * MINUTE_MS,
  );
}

export const passOtpTime = (uid: string, minutes: number) =>
  agePaths([db().collection('verifications').doc(`login-otp_${uid}`)], minutes * MINUTE_MS);

export async function passTrustedDeviceTime(uid: string, days: number) {
  const devices = await db().collection('users').doc(uid).collection('trustedDevices').get();
  await agePaths(
    devices.docs.map((doc) => doc.ref),
    days * DAY_MS,
  );
}

/** What Firestore holds, as an attacker with a copy of the database would see it. */
export const storedDocument = async (path: string): Promise<Record<string, any> | undefined> => (await db().doc(path).get()).data();
export const storedCollection = async (path: string): Promise<Record<string, any>[]> =>
  (await db().collection(path).get()).docs.map((doc) => ({ id: doc.id, ...doc.data() }));
