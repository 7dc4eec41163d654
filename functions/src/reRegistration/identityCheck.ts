import {
  HOUR_MS,
  RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
} from '@hellowork/contracts';
import { takeFromHourlyBudget } from '../limits/hourlyBudget';
import { clearFailures, failureLocks, guardMemory, takeTicket, type LockPolicy } from '../limits/windowLock';
import { asRead } from '../data/compareAndSet';
import { jobSeekerIdentityRef, reRegistrationBudgetRef, reRegistrationGuardRef } from '../data/collections';
import { ApiError } from '../platform/http';
import { keyedHash, sameHash } from '../platform/secrets';

/*
 * アカウントを再登録's proof of identity: the 求職番号 and 生年月日 of the
 * 求職受付票, under a lock per 求職番号 like the password's (the same window
 * rule, limits/windowLock.ts), with its own numbers: 5 wrong pairs, then a day.
 * A number without an account is counted and locked alike, and every refusal
 * has one answer, so nothing tells which field was wrong or whether the
 * number exists. Across numbers, wrong pairs are budgeted per client and hour:
 * past it, no pair from that client is checked ('identity-busy'). No budget of
 * all clients together: one client could use it up for every job seeker, and
 * the hold (hold.ts) already makes a right guess harmless to the holder.
 * A pair that is right, or not checked, gives its take back.
 */

const identityLock: LockPolicy = {
  maxFailures: RE_REGISTRATION_MAX_FAILURES,
  lockMs: RE_REGISTRATION_LOCK_HOURS * HOUR_MS,
};

/** birthDate as birthDateSchema accepts it (YYYY-MM-DD), under the 求職番号 it must go with. */
export const birthDateHash = (jobSeekerNumber: string, birthDate: string) => keyedHash('birth-date', `${jobSeekerNumber}:${birthDate}`);

export type IdentityCheck = { uid: string } | { refused: 'identity-mismatch' | 'identity-locked' | 'identity-busy'; holder: string | null };

/**
 * The account the pair proves, or the refusal (with the account a wrong pair was tried on, for its
 * ログイン履歴), for a pair sent from `client` (platform/clientAddress.ts).
 */
export async function checkIdentity(jobSeekerNumber: string, birthDate: string, client: string, now = Date.now()): Promise<IdentityCheck> {
  const guardRef = reRegistrationGuardRef(jobSeekerNumber);
  const [identity, guard, clientBudget] = await Promise.all([
    jobSeekerIdentityRef(jobSeekerNumber).get(),
    guardRef.get(),
    takeFromHourlyBudget(reRegistrationBudgetRef(client), RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR, now),
  ]);
  if (!clientBudget) return { refused: 'identity-busy', holder: null };
  const giveBack = () => clientBudget.giveBack();
  const record = identity.data();
  const holder = record?.uid ?? null;
  const lock = await takeTicket(asRead(guard), identityLock, now, guardMemory(now));
  if ('lockedUntil' in lock) {
    await giveBack();
    return { refused: 'identity-locked', holder: null };
  }
  const proved = record !== undefined && sameHash(record.birthDateHash, birthDateHash(jobSeekerNumber, birthDate));
  if (!proved) {
    return { refused: failureLocks(lock.ticket) ? 'identity-locked' : 'identity-mismatch', holder };
  }
  await Promise.all([clearFailures(lock.ticket), giveBack()]);
  return { uid: record.uid };
}

export function assertIdentity(check: IdentityCheck): asserts check is { uid: string } {
  if ('refused' in check) throw new ApiError(check.refused);
}
