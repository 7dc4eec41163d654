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
import { countAndReadBack } from '../limits/readBack';
import {
  clearFailures,
  countWindow,
  dropStaleWindows,
  failuresCleared,
  failureLocks,
  guardMemory,
  takeTicket,
  windowTicket,
  type LockPolicy,
  type LockRecord,
  type LockTicket,
} from '../limits/windowLock';
import { ApiError } from '../platform/http';
import type { SecurityEvent } from '../securityEvents/securityEvents';
import {
  lockedUntilReset,
  streakCleared,
  streakCount,
  streakEnds,
  streakTicket,
  takeStreakTicket,
  type StreakTicket,
} from './passwordStreak';

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

const accountLock: LockPolicy = { maxFailures: LOCKOUT_MAX_FAILURES, lockMs: LOCKOUT_MINUTES * MINUTE_MS, makes: true };
// A device revoked meanwhile must not come back as a record without its secret: update, never create.
const deviceLock: LockPolicy = { maxFailures: TRUSTED_DEVICE_MAX_FAILURES, lockMs: TRUSTED_DEVICE_LOCK_MINUTES * MINUTE_MS, makes: false };

/** The right to check one password: a ticket of the window lock and one toward the 100 in a row. */
export type PasswordCheck = { ticket: LockTicket; streak: StreakTicket };
type Tickets = { lockedUntil: number } | { ticket: LockTicket; streak: StreakTicket | null };

/** A login id's guard as read now: its locks are decided on this read. */
export async function readLoginGuard(loginId: string): Promise<LockRecord> {
  const ref = loginGuardRef(loginId);
  return { ref, data: (await ref.get()).data() ?? {} };
}

/** A login id's own window first, alone: a guess it refuses must not count toward the holder's 100 in a row. */
async function takeAccountTickets(guard: LockRecord, now: number): Promise<Tickets> {
  const lock = await takeTicket(guard, accountLock, now, guardMemory(now));
  return 'lockedUntil' in lock ? lock : { ticket: lock.ticket, streak: await takeStreakTicket(guard.ref, now) };
}

/**
 * A trusted browser's check: its own window ticket and its own ticket toward
 * 100 in a row, both on its record, counted in one update and read back in one
 * read. Neither count is the login id's, so no lock a stranger causes there
 * (the 5 tries, the 100 in a row) keeps the holder out of the browser. A check
 * the browser's own window then refuses has counted toward its 100 all the
 * same: stricter, never laxer, and only a holder of its secret can race it.
 */
async function takeDeviceTickets(device: LockRecord, now: number): Promise<Tickets> {
  const count = countWindow(device, deviceLock, now);
  if ('lockedUntil' in count) return count;
  // No `deleteAt` here: the browser's record is deleted with its trust, and so is its count.
  const after = await countAndReadBack(count.ref, { ...count.fields, ...streakCount() }, { makes: false });
  if (!after) throw new ApiError('account-changed'); // revoked since it was read
  const lock = await windowTicket(count, after, now);
  return 'lockedUntil' in lock ? lock : { ticket: lock.ticket, streak: streakTicket(count.ref, after, {}) };
}

/** The tickets as taken, or the refusal: locked for now, or until a new password. */
function admitPasswordCheck(tickets: Tickets): PasswordCheck {
  if ('lockedUntil' in tickets) throw new ApiError('account-locked');
  if (!tickets.streak) throw new ApiError('password-reset-required');
  return { ticket: tickets.ticket, streak: tickets.streak };
}

/** The right to check a password under the login id's locks, or the refusal (before any count when locked until reset). */
export async function takeLoginIdCheck(guard: LockRecord, now: number): Promise<PasswordCheck> {
  if (lockedUntilReset(guard.data)) throw new ApiError('password-reset-required');
  return admitPasswordCheck(await takeAccountTickets(guard, now));
}

/** The right to check a password under a trusted browser's own locks, or the refusal. */
export const takeDeviceCheck = async (device: LockRecord, now: number) => admitPasswordCheck(await takeDeviceTickets(device, now));

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
  const [untilReset] = await Promise.all([streakEnds(streak), dropStaleWindows(ticket)]);
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
