import type { DocumentData, Timestamp, WriteBatch } from 'firebase-admin/firestore';
import { keyedHash, randomToken } from '../platform/secrets';
import { ApiError } from '../platform/http';
import { firestore, toTimestamp } from '../platform/firebase';
import { changedSinceRead } from '../data/compareAndSet';
import { loginAccountRef } from '../data/collections';
import type { LoginAccountRecord, PasswordHash } from '../data/records';
import { checkAndUpgrade, hashPassword, unmatchableHash } from './passwordHash';

/*
 * The password check. Passwords live only here (Firebase Auth users hold none),
 * so Firebase's public sign-in endpoints know no password to test
 * (docs/decisions/0003-passwords-owned-by-the-functions.md).
 */

/**
 * Login account records of one password, for as many accounts as need it: one hash (hashing is slow by design),
 * made once. The demo loader and the tests give their accounts a known password this way.
 */
export async function loginAccountRecords(password: string): Promise<(uid: string, now: number) => LoginAccountRecord> {
  const passwordHash = await hashPassword(password);
  return (uid, now) => ({ uid, passwordHash, passwordChangedAt: toTimestamp(now) });
}

/**
 * Login accounts of job seekers who have not set a password yet (the import's): a random password nobody is told,
 * so login refuses every password as a wrong one until 初回パスワード設定 or a reset sets the first.
 */
export const awaitingFirstPassword = () => loginAccountRecords(randomToken(32));

/** A login record as a request read it; `updateTime` is the version a write of it replaces (replaceRead). */
export type LoginAccount = Pick<LoginAccountRecord, 'uid' | 'passwordHash'> & { updateTime: Timestamp };

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
  const snapshot = await loginAccountRef(loginId).get();
  const record = snapshot.data();
  return record ? { uid: record.uid, passwordHash: record.passwordHash, updateTime: snapshot.updateTime! } : null;
}

/*
 * Every write of a login record replaces the version it read: an update with that version's `lastUpdateTime`
 * precondition (the compare-and-set of data/compareAndSet.ts), in the batch of the rest of its step. Of two
 * writes that read one version, one commits and the other fails whole, so no request puts back a hash that
 * another replaced since its read: a login's rehash racing a reset, メールアドレスの変更 copying a hash a reset
 * has just replaced, a パスワード変更 whose current password a reset has just ended.
 */
export const replaceRead = (batch: WriteBatch, loginId: string, account: LoginAccount, fields: DocumentData) =>
  batch.update(loginAccountRef(loginId), fields, { lastUpdateTime: account.updateTime });

/** Commits, answering the write's time; null when another write replaced the version first (or the record moved away, or its new id was taken). */
async function committedFirst(batch: WriteBatch): Promise<Timestamp | null> {
  try {
    return (await batch.commit())[0]!.writeTime;
  } catch (error) {
    if (changedSinceRead(error)) return null;
    throw error;
  }
}

/** An address without an account is checked against it: as long as one with an account, and the same answer. */
const noAccountHash = unmatchableHash();

/**
 * The account, as stored now, when the password is its; else null. With no account, spends the same
 * time and answers null. A right password with an old hash is rehashed; if another write replaced the
 * record meanwhile, the password is checked again against what is there now.
 */
export async function checkPassword(
  loginId: string,
  account: LoginAccount | null,
  password: string,
  now = Date.now(),
  again = true,
): Promise<LoginAccount | null> {
  if (!account) {
    await checkAndUpgrade(password, noAccountHash);
    return null;
  }
  const result = await checkAndUpgrade(password, account.passwordHash);
  if (!result.valid) return null;
  if (!result.rehashed) return account;
  const batch = firestore().batch();
  replaceRead(batch, loginId, account, { passwordHash: result.rehashed });
  const written = await committedFirst(batch);
  if (written) return { ...account, passwordHash: result.rehashed, updateTime: written };
  return again ? checkPassword(loginId, await findLoginAccount(loginId), password, now, false) : null;
}

/**
 * Sets (or replaces) the password of an account under its login id. `checked`: the record whose current
 * password the caller has just checked (パスワード変更), replaced only if nothing else has been since. Without
 * it (a reset: the mailbox speaks for the holder), the record as it stands, read again if another write
 * (a login's rehash) comes first. Then call endAllSessions(uid).
 */
export async function setPassword(
  loginId: string,
  uid: string,
  password: string,
  checked: LoginAccount | null,
  now = Date.now(),
): Promise<void> {
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; attempt < (checked ? 1 : RESET_ATTEMPTS); attempt++) {
    const account = checked ?? (await findLoginAccount(loginId));
    // A login id moved away meanwhile (メールアドレスの変更) must not come back: update(), and only the uid's own.
    if (!account || account.uid !== uid) break;
    const batch = firestore().batch();
    replaceRead(batch, loginId, account, { passwordHash, passwordChangedAt: toTimestamp(now) });
    if (await committedFirst(batch)) return;
  }
  throw new ApiError('account-changed');
}
/** A reset gives way only to a stream of other writes of the record, which no holder makes. */
const RESET_ATTEMPTS = 3;

/**
 * Moves an account's login id to a new address (メールアドレスの変更, with its
 * hash; アカウントを再登録, with the new password's hash), in one batch with the
 * caller's own writes (the address in users/{uid}): all of it happens or
 * none. The new id is made with create(), so an address taken meanwhile by
 * another account is refused with 'email-unavailable' and nothing changes;
 * a record another write replaced meanwhile, with 'account-changed'.
 */
export async function moveLoginAccount(
  uid: string,
  { from, to, newPasswordHash }: { from: string; to: string; newPasswordHash: PasswordHash | null },
  alongside: (batch: WriteBatch) => void,
  now = Date.now(),
): Promise<void> {
  const snapshot = await loginAccountRef(from).get();
  const old = snapshot.data();
  if (!old || old.uid !== uid) throw new ApiError('account-changed');
  const read = { lastUpdateTime: snapshot.updateTime! };
  const batch = firestore().batch();
  const record: LoginAccountRecord =
    newPasswordHash !== null ? { uid, passwordHash: newPasswordHash, passwordChangedAt: toTimestamp(now) } : old;
  if (from === to) {
    batch.update(loginAccountRef(to), { passwordHash: record.passwordHash, passwordChangedAt: record.passwordChangedAt }, read);
  } else {
    // Read first, so a taken address is refused before anything is written; create() still refuses one
    // taken in the moment since (the batch is atomic).
    if ((await loginAccountRef(to).get()).exists) throw new ApiError('email-unavailable');
    batch.delete(loginAccountRef(from), read);
    batch.create(loginAccountRef(to), record);
  }
  alongside(batch);
  if (await committedFirst(batch)) return;
  throw new ApiError(from !== to && (await loginAccountRef(to).get()).exists ? 'email-unavailable' : 'account-changed');
}
