import { HOUR_MS, RE_REGISTRATION_LOCK_HOURS, RE_REGISTRATION_MAX_FAILURES } from '@hellowork/contracts';
import { clearFailures, dropStaleWindows, failureLocks, memory, takeTicket, type LockPolicy } from '../login/lockout';
import { paths, typed } from '../platform/collections';
import { hashKey } from '../platform/config';
import { db } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { keyedHash, sameHash } from '../platform/secrets';
import { birthDateHashWith, jobSeekerIdentityIdWith, type JobSeekerIdentityRecord } from './jobSeekerIdentity';

/*
 * アカウントを再登録's proof of identity: the 求職番号 and 生年月日 of the
 * 求職受付票, under a lock per 求職番号 like the password's (the same window
 * rule, login/lockout.ts), with its own numbers: 5 wrong pairs, then a day.
 * A number without an account is counted and locked alike, and every refusal
 * has one answer, so nothing tells which field was wrong or whether the
 * number exists.
 */

const identityLock: LockPolicy = {
  maxFailures: RE_REGISTRATION_MAX_FAILURES,
  lockMs: RE_REGISTRATION_LOCK_HOURS * HOUR_MS,
  creates: true,
};

const identities = db.collection(paths.jobSeekerIdentities).withConverter(typed<JobSeekerIdentityRecord>());
const guards = db.collection(paths.reRegistrationGuards);
export const reRegistrationGuardRef = (jobSeekerNumber: string) => guards.doc(keyedHash('re-registration-guard', jobSeekerNumber));

export type IdentityCheck = { uid: string } | { refused: 'identity-mismatch' | 'identity-locked'; holder: string | null };

/** The account the pair proves, or the refusal (with the account a wrong pair was tried on, for its ログイン履歴). */
export async function checkIdentity(jobSeekerNumber: string, birthDate: string, now = Date.now()): Promise<IdentityCheck> {
  const guardRef = reRegistrationGuardRef(jobSeekerNumber);
  const [identity, guard] = await Promise.all([
    identities.doc(jobSeekerIdentityIdWith(hashKey.value(), jobSeekerNumber)).get(),
    guardRef.get(),
  ]);
  const record = identity.data();
  const holder = record?.uid ?? null;
  const lock = await takeTicket({ ref: guardRef, data: guard.data() ?? {} }, identityLock, now, memory(now));
  if ('lockedUntil' in lock) return { refused: 'identity-locked', holder: null };
  const proved = record !== undefined && sameHash(record.birthDateHash, birthDateHashWith(hashKey.value(), jobSeekerNumber, birthDate));
  if (!proved) {
    await dropStaleWindows(lock.ticket);
    return { refused: failureLocks(lock.ticket) ? 'identity-locked' : 'identity-mismatch', holder };
  }
  await clearFailures(lock.ticket);
  return { uid: record.uid };
}

/** Whether a 求職番号 has an account (for the local tester console, which refuses a second one). */
export const findIdentity = async (jobSeekerNumber: string) =>
  (await identities.doc(jobSeekerIdentityIdWith(hashKey.value(), jobSeekerNumber)).get()).data() ?? null;

/** For the local tester console: lifts a 求職番号's lock. */
export const clearIdentityLock = (jobSeekerNumber: string) => reRegistrationGuardRef(jobSeekerNumber).delete();

export function assertIdentity(check: IdentityCheck): asserts check is { uid: string } {
  if ('refused' in check) throw new ApiError(check.refused);
}
