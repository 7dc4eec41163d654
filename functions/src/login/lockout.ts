import type { WriteBatch } from 'firebase-admin/firestore';
import {
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  MINUTE_MS,
  TRUSTED_DEVICE_LOCK_MINUTES,
  TRUSTED_DEVICE_MAX_FAILURES,
  type ErrorCode,
} from '@hellowork/contracts';
import { loginGuardRef } from '../data/collections';
import { compareAndSet, readRecord, type Decision, type ReadRecord } from '../data/compareAndSet';
import {
  clearFailures,
  countWindow,
  failuresCleared,
  failureLocks,
  guardMemory,
  type LockPolicy,
  type LockTicket,
} from '../limits/windowLock';
import { ApiError } from '../platform/http';
import type { SecurityEvent } from '../securityEvents/securityEvents';
import { countStreak, GUARD_UNTIL_RESET, lockedUntilReset, streakCleared, streakEnds, type StreakTicket } from './passwordStreak';

/*
 * Password lockouts, with the window lock (limits/windowLock.ts) in two places:
 * - the login id (loginGuards/{keyed hash of the e-mail}): 5 consecutive
 *   wrong passwords lock it for 5 minutes; an address with no account locks
 *   exactly like one with an account;
 * - a trusted browser (its users/{uid}/trustedDevices/{id} record): its own
 *   5 tries, so a stranger's lock does not keep the holder out of it.
 * And across windows, 100 wrong passwords in a row lock until the password is
 * reset (passwordStreak.ts).
 */

const accountLock: LockPolicy = { maxFailures: LOCKOUT_MAX_FAILURES, lockMs: LOCKOUT_MINUTES * MINUTE_MS };
const deviceLock: LockPolicy = { maxFailures: TRUSTED_DEVICE_MAX_FAILURES, lockMs: TRUSTED_DEVICE_LOCK_MINUTES * MINUTE_MS };

/** The right to check one password: a ticket of the window lock and one toward the 100 in a row. */
export type PasswordCheck = { ticket: LockTicket; streak: StreakTicket };

/** A login id's guard as read now: its locks are decided on this read. */
export const readLoginGuard = (loginId: string) => readRecord(loginGuardRef(loginId));

/**
 * Counts one password check on a lock's record as read: its window's count and its count in a row in one
 * compare-and-set (limits/compareAndSet.ts), or the refusal, writing nothing: locked for now, or until a new
 * password. A guess the window refuses counts nowhere, so a flood of guesses costs the holder's 100 in a row
 * only the 5 the window lets through. `makes`: a login guard is made if missing; a trusted browser's record
 * gone since it was read was revoked (a new password), and must not come back without its secret. A request
 * that lost every race for the record is refused as if locked.
 */
async function takeCheck(
  record: ReadRecord,
  policy: LockPolicy,
  now: number,
  { makes, extra, untilReset }: { makes: boolean; extra: object; untilReset: object },
): Promise<PasswordCheck> {
  const taken = await compareAndSet(record, (current): Decision<PasswordCheck | ErrorCode> => {
    if (!makes && !current.updateTime) return { result: 'account-changed' };
    if (lockedUntilReset(current.data)) return { result: 'password-reset-required' };
    const window = countWindow(current.data, policy, now);
    if ('lockedUntil' in window) return { result: 'account-locked' };
    const streak = countStreak(current.ref, current.data, untilReset);
    if (!streak) return { result: 'password-reset-required' };
    return {
      write: { ...window.fields, ...streak.fields, ...extra },
      result: { ticket: { ref: current.ref, policy, window: window.window, number: window.number }, streak: streak.ticket },
    };
  });
  if (!taken) throw new ApiError('account-locked');
  if (typeof taken === 'string') throw new ApiError(taken);
  return taken;
}

/** The right to check a password under the login id's locks (its guard as read), or the refusal. */
export const takeLoginIdCheck = (guard: ReadRecord, now: number) =>
  takeCheck(guard, accountLock, now, { makes: true, extra: guardMemory(now), untilReset: GUARD_UNTIL_RESET });

/**
 * The right to check a password under a trusted browser's own locks, on its record: neither count is the
 * login id's, so no lock a stranger causes there (the 5 tries, the 100 in a row) keeps the holder out of the
 * browser. No `deleteAt`: the browser's record is deleted with its trust, and so is its count.
 */
export const takeDeviceCheck = (device: ReadRecord, now: number) =>
  takeCheck(device, deviceLock, now, { makes: false, extra: {}, untilReset: {} });

/**
 * After a wrong password: counts it toward both locks, has `record` keep its
 * audit lines (with a lockout when it locked the window or was the 100th in a
 * row), and returns the refusal to throw: `wrong` when it locked nothing.
 */
export async function wrongPassword(
  { ticket, streak }: PasswordCheck,
  wrong: ErrorCode,
  record: (events: SecurityEvent[]) => Promise<unknown>,
): Promise<ApiError> {
  const untilReset = await streakEnds(streak);
  const locks = untilReset || failureLocks(ticket);
  await record([{ type: 'password-failure' }, ...(locks ? [{ type: 'lockout' as const }] : [])]);
  return new ApiError(untilReset ? 'password-reset-required' : locks ? 'account-locked' : wrong);
}

/**
 * A right password ends the window and the count in a row, in one update; `extra` fields go with it. A record
 * gone since it was read was ended by a new password (a login guard) or a revoke (a trusted browser): the
 * password just checked may be the old one, and the browser no longer trusted, so the request stops.
 */
export async function countRightPassword({ ticket, streak }: PasswordCheck, extra: object = {}): Promise<void> {
  if (!(await clearFailures(ticket, { ...extra, ...streakCleared(streak) }))) throw new ApiError('account-changed');
}

/** countRightPassword as an update in the caller's batch (a trusted browser's, with its session): the batch needs the record. */
export const countRightPasswordIn = (batch: WriteBatch, { ticket, streak }: PasswordCheck, extra: object = {}) =>
  batch.update(ticket.ref, failuresCleared(ticket, { ...extra, ...streakCleared(streak) }));

/** For the password reset flow: a new password ends every lock of the login id (the 5-minute window and the 100 in a row). */
export async function clearPasswordLocks(loginId: string): Promise<void> {
  await loginGuardRef(loginId).delete();
}
