import type { WriteBatch } from 'firebase-admin/firestore';
import { keyedHash, randomToken } from '../platform/secrets';
import { ApiError } from '../platform/http';
import { firestore, toTimestamp } from '../platform/firebase';
import { loginAccountRef } from '../data/collections';
import type { LoginAccountRecord } from '../data/records';
import { checkAndUpgrade, hashPassword, type PasswordHash } from './passwordHash';

/*
 * The password check. Passwords live only here (Firebase Auth users hold none),
 * so Firebase's public sign-in endpoints know no password to test
 * (docs/decisions/0003-passwords-owned-by-the-functions.md).
 */

/** A login account's record for a new password (the demo loader and the tests create accounts with it). */
export const newLoginAccountRecord = async (uid: string, password: string, now = Date.now()): Promise<LoginAccountRecord> => ({
  uid,
  passwordHash: await hashPassword(password),
  passwordChangedAt: toTimestamp(now),
});

export type LoginAccount = { uid: string; passwordHash: PasswordHash };

/**
 * The uid an address without an account stands under, as long as a Firebase uid and of its characters: work done
 * for such an address (a reset code's record, a trusted-browser lookup) reads and writes like an account's, so
 * neither its answer nor its timing tells the two apart. No account ever has it.
 */
export const standInUid = (loginId: string) =>
  keyedHash('reset-pseudo-uid', loginId)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 28);

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
  const { passwordHash } = await newLoginAccountRecord(uid, password, now);
  // update(), never set(): a login id moved away meanwhile (メールアドレスの変更) must not come back.
  await loginAccountRef(loginId)
    .update({ passwordHash, passwordChangedAt: toTimestamp(now) })
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code === NOT_FOUND) throw new ApiError('account-changed');
      throw error;
    });
}

/**
 * Moves an account's login id to a new address (メールアドレスの変更, with its
 * hash; アカウントを再登録, with the new password's hash), in one batch with the
 * caller's own writes (the address in users/{uid}): all of it happens or
 * none. The new id is made with create(), so an address taken meanwhile by
 * another account is refused with 'email-unavailable' and nothing changes.
 */
export async function moveLoginAccount(
  uid: string,
  { from, to, newPasswordHash }: { from: string; to: string; newPasswordHash: PasswordHash | null },
  alongside: (batch: WriteBatch) => void,
  now = Date.now(),
): Promise<void> {
  const old = (await loginAccountRef(from).get()).data();
  const record: LoginAccountRecord | undefined =
    newPasswordHash !== null ? { uid, passwordHash: newPasswordHash, passwordChangedAt: toTimestamp(now) } : old;
  if (!record || record.uid !== uid) throw new ApiError('account-changed');
  const batch = firestore().batch();
  if (from === to) {
    // update(): the id must still be there (a racing move may have taken it away).
    batch.update(loginAccountRef(to), { passwordHash: record.passwordHash, passwordChangedAt: toTimestamp(now) });
  } else {
    // Read first, so a taken address is refused before anything is written; create() still
    // refuses one taken in the moment since (on Cloud Firestore the batch is atomic; the embedded
    // emulator applies a batch's writes in order, so the delete that may fail goes first).
    if ((await loginAccountRef(to).get()).exists) throw new ApiError('email-unavailable');
    // exists: of two moves that raced from the same address, only one deletes it; the other fails whole.
    batch.delete(loginAccountRef(from), { exists: true });
    batch.create(loginAccountRef(to), record);
  }
  alongside(batch);
  try {
    await batch.commit();
  } catch (error) {
    const { code } = error as { code?: unknown };
    if (code === ALREADY_EXISTS) throw new ApiError('email-unavailable');
    if (code === NOT_FOUND) throw new ApiError('account-changed');
    throw error;
  }
}

/** gRPC's codes for a batch whose create() found the document, or whose delete({ exists }) did not. */
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
