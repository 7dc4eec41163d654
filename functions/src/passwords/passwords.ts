import type { WriteBatch } from 'firebase-admin/firestore';
import { randomToken } from '../platform/secrets';
import { ApiError } from '../platform/http';
import { db, toTimestamp } from '../platform/firebase';
import { paths, typed } from '../platform/collections';
import { hashKey } from '../platform/config';
import { loginAccountIdWith, newLoginAccountRecord, type LoginAccountRecord } from './loginAccount';
import { checkAndUpgrade, hashPassword, type PasswordHash } from './passwordHash';

/*
 * The password check. Passwords live only here (Firebase Auth users hold none),
 * so Firebase's public sign-in endpoints know no password to test
 * (docs/decisions/0003-passwords-owned-by-the-functions.md).
 */

const loginAccounts = db.collection(paths.loginAccounts).withConverter(typed<LoginAccountRecord>());
const loginAccountRef = (loginId: string) => loginAccounts.doc(loginAccountIdWith(hashKey.value(), loginId));

export type LoginAccount = { uid: string; passwordHash: PasswordHash };

/** The account a login id names, or null. */
export async function findLoginAccount(loginId: string): Promise<LoginAccount | null> {
  return (await loginAccountRef(loginId).get()).data() ?? null;
}

/**
 * A hash of the same cost as real ones, of a password nobody knows: an
 * address without an account is checked against it, so it takes as long as
 * one with an account and gets the same answer.
 */
let dummyHash: Promise<PasswordHash> | undefined;

/**
 * Whether the password is the account's. With no account, spends the same
 * time and answers false. A right password with an old hash is rehashed.
 */
export async function checkPassword(loginId: string, account: LoginAccount | null, password: string): Promise<boolean> {
  if (!account) {
    dummyHash ??= hashPassword(randomToken(32));
    await checkAndUpgrade(password, await dummyHash);
    return false;
  }
  const result = await checkAndUpgrade(password, account.passwordHash);
  if (!result.valid) return false;
  if (result.rehashed) await loginAccountRef(loginId).update({ passwordHash: result.rehashed });
  return true;
}

/**
 * Sets (or replaces) the password of an account under its login id. For the
 * password reset and change flows: call endAllSessions(uid) after it.
 */
export async function setPassword(loginId: string, uid: string, password: string, now = Date.now()): Promise<void> {
  const record = await newLoginAccountRecord(uid, password, now);
  // Every field written: the embedded emulator's set() merges into the old record.
  await loginAccountRef(loginId).set({ ...record, passwordChangedAt: toTimestamp(now) });
}

/**
 * Moves an account's login id to a new address (メールアドレスの変更, with its
 * hash; アカウントを再登録, with a new password), in one batch with the
 * caller's own writes (the address in users/{uid}): all of it happens or
 * none. The new id is made with create(), so an address taken meanwhile by
 * another account is refused with 'email-unavailable' and nothing changes.
 */
export async function moveLoginAccount(
  uid: string,
  { from, to, newPassword }: { from: string; to: string; newPassword: string | null },
  alongside: (batch: WriteBatch) => void,
  now = Date.now(),
): Promise<void> {
  const old = (await loginAccountRef(from).get()).data();
  const record = newPassword !== null ? await newLoginAccountRecord(uid, newPassword, now) : old;
  if (!record || record.uid !== uid) throw new ApiError('not-found');
  const batch = db.batch();
  if (from === to) {
    batch.set(loginAccountRef(to), { ...record, passwordChangedAt: toTimestamp(now) });
  } else {
    batch.create(loginAccountRef(to), record);
    if (old?.uid === uid) batch.delete(loginAccountRef(from));
  }
  alongside(batch);
  try {
    await batch.commit();
  } catch (error) {
    if ((error as { code?: unknown }).code === ALREADY_EXISTS) throw new ApiError('email-unavailable');
    throw error;
  }
}

/** gRPC's ALREADY_EXISTS: what a batch's create() fails with when the document is there. */
const ALREADY_EXISTS = 6;
