import type { WriteBatch } from 'firebase-admin/firestore';
import { DAY_MS } from '@hellowork/contracts';
import { keyedHash, randomToken } from '../platform/secrets';
import { ApiError } from '../platform/http';
import { firestore, foundADocument, foundNoDocument, toTimestamp } from '../platform/firebase';
import { loginAccountRef, loginAccountVersionRef } from '../data/collections';
import type { LoginAccountRecord, PasswordHash } from '../data/records';
import { checkAndUpgrade, hashPassword } from './passwordHash';

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
  version: newVersion(),
});

/**
 * Login accounts of job seekers who have not set a password yet (the import's): one hash of a random password
 * nobody is told, made once for a whole import (hashing is slow by design), so login refuses every password as
 * a wrong one until 初回パスワード設定 or a reset sets the first.
 */
export async function awaitingFirstPassword(): Promise<(uid: string, now: number) => LoginAccountRecord> {
  const passwordHash = await hashPassword(randomToken(32));
  return (uid, now) => ({ uid, passwordHash, passwordChangedAt: toTimestamp(now), version: newVersion() });
}

export type LoginAccount = Pick<LoginAccountRecord, 'uid' | 'passwordHash' | 'version'>;

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

/*
 * Every write of a login record replaces the version it read, and claims that version in the same batch, first:
 * create() of loginAccountVersions/{uid}_{version}. Of two writes that read one version, one commits and the
 * other fails whole, so no request puts back a hash that another replaced since its read: a login's rehash
 * racing a reset, メールアドレスの変更 copying a hash a reset has just replaced, a パスワード変更 whose current
 * password a reset has just ended. A lastUpdateTime precondition would do it on Cloud Firestore with no claim, but
 * the embedded emulator ignores those (decision 0002); create() it enforces, so the races are tested here.
 */
const newVersion = () => randomToken(16);

/** The claim, first in `batch`; the version the batch writes. */
function replaceVersion(batch: WriteBatch, { uid, version }: LoginAccount, now: number): string {
  batch.create(loginAccountVersionRef(uid, version), { deleteAt: toTimestamp(now + DAY_MS) });
  return newVersion();
}

/** Commits; false when another write replaced the version first (its claim is there, or the record moved away). */
async function committedFirst(batch: WriteBatch): Promise<boolean> {
  try {
    await batch.commit();
    return true;
  } catch (error) {
    if (foundADocument(error) || foundNoDocument(error)) return false;
    throw error;
  }
}

/**
 * A hash of the same cost as real ones, of a password nobody knows: an
 * address without an account is checked against it, so it takes as long as
 * one with an account and gets the same answer.
 */
let dummyHash: Promise<PasswordHash> | undefined;

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
    dummyHash ??= hashPassword(randomToken(32));
    await checkAndUpgrade(password, await dummyHash);
    return null;
  }
  const result = await checkAndUpgrade(password, account.passwordHash);
  if (!result.valid) return null;
  if (!result.rehashed) return account;
  const batch = firestore().batch();
  const rehashed = { ...account, passwordHash: result.rehashed, version: replaceVersion(batch, account, now) };
  batch.update(loginAccountRef(loginId), { passwordHash: rehashed.passwordHash, version: rehashed.version });
  if (await committedFirst(batch)) return rehashed;
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
    const version = replaceVersion(batch, account, now);
    batch.update(loginAccountRef(loginId), { passwordHash, passwordChangedAt: toTimestamp(now), version });
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
  const old = (await loginAccountRef(from).get()).data();
  if (!old || old.uid !== uid) throw new ApiError('account-changed');
  const batch = firestore().batch();
  const record: LoginAccountRecord =
    newPasswordHash !== null
      ? { uid, passwordHash: newPasswordHash, passwordChangedAt: toTimestamp(now), version: replaceVersion(batch, old, now) }
      : { ...old, version: replaceVersion(batch, old, now) };
  if (from === to) {
    batch.update(loginAccountRef(to), {
      passwordHash: record.passwordHash,
      passwordChangedAt: record.passwordChangedAt,
      version: record.version,
    });
  } else {
    // Read first, so a taken address is refused before anything is written; create() still
    // refuses one taken in the moment since (on Cloud Firestore the batch is atomic; the embedded
    // emulator applies a batch's writes in order, so the writes that may fail go first).
    if ((await loginAccountRef(to).get()).exists) throw new ApiError('email-unavailable');
    batch.delete(loginAccountRef(from), { exists: true });
    batch.create(loginAccountRef(to), record);
  }
  alongside(batch);
  if (await committedFirst(batch)) return;
  throw new ApiError(from !== to && (await loginAccountRef(to).get()).exists ? 'email-unavailable' : 'account-changed');
}
