import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, emailSchema, MINUTE_MS } from '@hellowork/contracts';
import {
  codeLimitsRef,
  collections,
  verificationTypes,
  firestore,
  loginGuardRef,
  passwordResetGuardsOf,
  verificationsOf,
} from './functionsData';

/*
 * Moving time for one account's stored state, the one implementation that
 * the tester console and the tests share: every time kept in a document is
 * moved into the past, exactly as if that much time had gone by since it was
 * written. The documents are the ones the functions name (data/collections.ts).
 */

async function agePaths(refs: DocumentReference<any>[], ms: number) {
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
    (await firestore().collection(path).get()).docs.map((doc) => doc.ref),
    ms,
  );

/** The login id's locks (an address with or without an account): its 5-minute window and the memory of the 100 in a row. */
export const passLockoutTime = (email: string, minutes: number) => agePaths([loginGuardRef(emailSchema.parse(email))], minutes * MINUTE_MS);

/** The account's live codes, of every purpose (login, password reset). */
export const passOtpTime = async (uid: string, minutes: number) =>
  agePaths(
    (await verificationsOf(uid).get()).docs.map((doc) => doc.ref),
    minutes * MINUTE_MS,
  );

/**
 * The address's reset mails, from every client that asked: their windows are hours from the epoch, numbered
 * in the field names, so each count moves to the window `hours` earlier.
 */
export async function passResetMailTime(email: string, hours: number) {
  for (const doc of (await passwordResetGuardsOf(emailSchema.parse(email)).get()).docs) await moveMailWindows(doc.ref, hours);
}

async function moveMailWindows(ref: DocumentReference, hours: number) {
  const data = (await ref.get()).data() ?? {};
  const windows = Object.keys(data).filter((name) => /^mails_\d+$/.test(name));
  if (!windows.length) return;
  const moved = Object.fromEntries(windows.map((name) => [`mails_${Number(name.slice('mails_'.length)) - hours}`, data[name] as number]));
  const others = Object.fromEntries(Object.entries(data).filter(([name]) => !windows.includes(name)));
  // Deleted and written anew: on the embedded Firestore, set() kept window fields it should have replaced.
  await ref.delete();
  await ref.set({ ...others, ...moved });
}

/** The account's limits across codes, of every purpose that has them: the blocks, and the 15-minute mail windows. */
export const passVerificationLimitTime = (uid: string, minutes: number) =>
  agePaths(
    verificationTypes.map((type) => codeLimitsRef(type, uid)),
    minutes * MINUTE_MS,
  );

/** Every browser the account trusts: their 90 days, and (in minutes) their own password locks. */
export const passTrustedDeviceTime = (uid: string, days: number) => ageCollection(collections.trustedDevices(uid), days * DAY_MS);
export const passTrustedDeviceLockTime = (uid: string, minutes: number) =>
  ageCollection(collections.trustedDevices(uid), minutes * MINUTE_MS);

/** Every session of the account: both its age and the time since it was last used. */
export const passSessionTime = (uid: string, minutes: number) => ageCollection(collections.sessions(uid), minutes * MINUTE_MS);
