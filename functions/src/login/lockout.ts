import { FieldValue, type DocumentData, type DocumentReference } from 'firebase-admin/firestore';
import {
  DAY_MS,
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  MINUTE_MS,
  PASSWORD_FAILURE_MEMORY_DAYS,
  PASSWORD_MAX_CONSECUTIVE_FAILURES,
  TRUSTED_DEVICE_LOCK_MINUTES,
  TRUSTED_DEVICE_MAX_FAILURES,
} from '@hellowork/contracts';
import { paths } from '../platform/collections';
import { db, toTimestamp } from '../platform/firebase';
import { keyedHash } from '../platform/secrets';
import { currentWindow, lockedUntilOf, staleFieldsOf, windowField } from './lockWindows';

/*
 * Password lockouts. Two kinds of window lock, one rule:
 * - the login id (loginGuards/{keyed hash of the e-mail}): 5 consecutive
 *   wrong passwords lock it for 5 minutes; an address with no account locks
 *   exactly like one with an account;
 * - a trusted browser (its users/{uid}/trustedDevices/{id} record): its own
 *   5 tries, so a stranger's lock does not keep the holder out of it.
 * And across windows, on the login id: 100 consecutive wrong passwords lock
 * until the password is reset (NIST SP 800-63B-4 §3.2.2).
 *
 * Every count is an increment read back, so at most N checks run however many
 * race: docs/decisions/0001-counters-increment-then-read-back.md. The window
 * arithmetic is in lockWindows.ts.
 */

/** `creates`: the lock may make its document (a login guard); a device's lock only adds to its record. */
export type LockPolicy = { maxFailures: number; lockMs: number; creates: boolean };
export const accountLock: LockPolicy = { maxFailures: LOCKOUT_MAX_FAILURES, lockMs: LOCKOUT_MINUTES * MINUTE_MS, creates: true };
// A device revoked meanwhile must not come back as a record without its secret: update, never create.
export const deviceLock: LockPolicy = {
  maxFailures: TRUSTED_DEVICE_MAX_FAILURES,
  lockMs: TRUSTED_DEVICE_LOCK_MINUTES * MINUTE_MS,
  creates: false,
};

/** The right to one password check: the n-th of a window of one lock. */
export type LockTicket = { ref: DocumentReference; policy: LockPolicy; window: number; number: number; staleFields: string[] };
export type TicketResult = { ticket: LockTicket } | { lockedUntil: number };

const guards = db.collection(paths.loginGuards);
export const loginGuardRef = (loginId: string) => guards.doc(keyedHash('login-guard', loginId));

const deletions = (names: string[]) => Object.fromEntries(names.map((name) => [name, FieldValue.delete()]));

/** Whether a document's lock (of this policy's fields) holds now. */
export function isLocked(data: DocumentData, now: number): boolean {
  return lockedUntilOf(data, currentWindow(data, now)) !== undefined;
}

/** A lock's document as the request has just read it: the lock is decided on that, not read again. */
export type LockRecord = { ref: DocumentReference; data: DocumentData };

/** A window's count for one check, not yet written; or, as the record was read, its lock. */
type WindowCount = { ref: DocumentReference; policy: LockPolicy; window: number; fields: DocumentData } | { lockedUntil: number };

function countWindow({ ref, data: before }: LockRecord, policy: LockPolicy, now: number, extra: DocumentData = {}): WindowCount {
  const window = currentWindow(before, now);
  const lockedUntil = lockedUntilOf(before, window);
  if (lockedUntil !== undefined) return { lockedUntil };
  return { ref, policy, window, fields: { [windowField('attempts', window)]: FieldValue.increment(1), ...extra } };
}

/** The ticket a written count earns, decided on the record as read back after it. */
async function windowTicket(
  { ref, policy, window }: Exclude<WindowCount, { lockedUntil: number }>,
  after: DocumentData,
  now: number,
): Promise<TicketResult> {
  const number = after[windowField('attempts', window)] as number;
  if (number >= policy.maxFailures && lockedUntilOf(after, window) === undefined) {
    // Locked from the moment the last check is handed out: if it succeeds, the
    // window closes and the lock with it; if the request dies, the lock still
    // lifts. Under a race the request that reads N may not be first to get
    // here, so any request at or past the limit sets the lock if it is missing.
    await ref.update({ [windowField('lockedUntil', window)]: toTimestamp(now + policy.lockMs) });
  }
  if (number > policy.maxFailures) return { lockedUntil: lockedUntilOf(after, window) ?? now + policy.lockMs };
  return { ticket: { ref, policy, window, number, staleFields: staleFieldsOf(after, window) } };
}

/**
 * Takes a ticket for one password check under the lock kept in `record`, or
 * answers that it is locked (without checking any password). `extra` fields
 * are written with the count (the login guard's TTL).
 */
export async function takeTicket(record: LockRecord, policy: LockPolicy, now: number, extra: DocumentData = {}): Promise<TicketResult> {
  const count = countWindow(record, policy, now, extra);
  if ('lockedUntil' in count) return count;
  await (policy.creates ? count.ref.set(count.fields, { merge: true }) : count.ref.update(count.fields));
  return windowTicket(count, (await count.ref.get()).data() ?? {}, now);
}

/** After a wrong password: whether that failure has locked. */
export const failureLocks = (ticket: LockTicket) => ticket.number >= ticket.policy.maxFailures;

/**
 * After a wrong answer: drops the fields of windows long ended, so the record
 * does not grow (a right answer drops them in clearFailures). The floor keeps
 * the current window where it is once the ended ones' fields are gone.
 */
export async function dropStaleWindows(ticket: LockTicket): Promise<void> {
  if (ticket.staleFields.length) await ticket.ref.update({ ...deletions(ticket.staleFields), floor: ticket.window - 2 });
}

/** A right password ends the window: the failures before it no longer count. `extra` fields go in the same write. */
export async function clearFailures(ticket: LockTicket, extra: DocumentData = {}): Promise<void> {
  await ticket.ref.update({ [windowField('closed', ticket.window)]: true, ...deletions(ticket.staleFields), ...extra });
}

/*
 * Consecutive failures across windows, on the login guard: `checks` counts
 * every password check ever handed out for the login id; the base is its value
 * at the last right password. A check numbered more than 100 past it is
 * refused, so at most 100 wrong passwords in a row are ever checked.
 *
 * A right password at check c writes `success_<c>` (and drops the success
 * fields it read that are lower): the base is the highest such field. One
 * write and no read, and the base never moves back: a field is only ever
 * dropped by the same update that adds a higher one, so a slower request's
 * clear cannot revive failures a faster one cleared. (`checksAtSuccess`, the
 * base as records written before this kept it, still counts.)
 */

/**
 * `checks`: this check's number since the record was first tried; `number`: since the last right password.
 * `untilReset`: what the 100th writes so the lock outlives the record's usual expiry (a login guard's `expireAt`).
 */
export type StreakTicket = { ref: DocumentReference; checks: number; number: number; successFields: string[]; untilReset: DocumentData };

const SUCCESS_FIELD = /^success_(\d+)$/;
const successFieldsOf = (data: DocumentData) => Object.keys(data).filter((name) => SUCCESS_FIELD.test(name));
const streakBase = (data: DocumentData) =>
  Math.max((data.checksAtSuccess as number | undefined) ?? 0, ...successFieldsOf(data).map((name) => Number(SUCCESS_FIELD.exec(name)![1])));
const streakOf = (data: DocumentData) => (data.checks ?? 0) - streakBase(data);
/** Written with every count: a long TTL, so waiting does not reset the count. */
export const memory = (now: number) => ({ expireAt: toTimestamp(now + PASSWORD_FAILURE_MEMORY_DAYS * DAY_MS) });

/** Whether the login id is locked until its password is reset. */
export const lockedUntilReset = (guard: DocumentData) => streakOf(guard) >= PASSWORD_MAX_CONSECUTIVE_FAILURES;

const streakCount = (now: number) => ({ checks: FieldValue.increment(1), ...memory(now) });
function streakTicket(ref: DocumentReference, after: DocumentData, untilReset: DocumentData): StreakTicket | null {
  const checks = after.checks as number;
  const number = checks - streakBase(after);
  return number > PASSWORD_MAX_CONSECUTIVE_FAILURES ? null : { ref, checks, number, successFields: successFieldsOf(after), untilReset };
}
const GUARD_UNTIL_RESET = { expireAt: FieldValue.delete() };

/** Counts one password check toward the 100; null when it may not be checked. */
export async function takeStreakTicket(ref: DocumentReference, now: number): Promise<StreakTicket | null> {
  await ref.set(streakCount(now), { merge: true });
  return streakTicket(ref, (await ref.get()).data() ?? {}, GUARD_UNTIL_RESET);
}

/** A login id's own window first, alone: a guess it refuses must not count toward the holder's 100 in a row. */
export async function takeAccountTickets(guard: LockRecord, now: number) {
  const lock = await takeTicket(guard, accountLock, now, memory(now));
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
export async function takeDeviceTickets(
  device: LockRecord,
  now: number,
): Promise<{ lockedUntil: number } | { ticket: LockTicket; streak: StreakTicket | null }> {
  const count = countWindow(device, deviceLock, now);
  if ('lockedUntil' in count) return count;
  // No `expireAt` here: the browser's record expires with its trust, and so does its count.
  await count.ref.update({ ...count.fields, checks: FieldValue.increment(1) });
  const after = (await count.ref.get()).data() ?? {};
  const lock = await windowTicket(count, after, now);
  return 'lockedUntil' in lock ? lock : { ticket: lock.ticket, streak: streakTicket(count.ref, after, {}) };
}

/** After a wrong password: whether it was the 100th in a row. Then a login guard never expires. */
export async function streakEnds(ticket: StreakTicket): Promise<boolean> {
  if (ticket.number < PASSWORD_MAX_CONSECUTIVE_FAILURES) return false;
  if (Object.keys(ticket.untilReset).length) await ticket.ref.update(ticket.untilReset);
  return true;
}

/**
 * A right password: the failures before it are no longer "in a row". The
 * fields of the login guard's update that say so; `clearFailures` of the login
 * id's own window can take them in the same write.
 */
export function streakCleared(ticket: StreakTicket): DocumentData {
  // number > 0 always (the ticket counted itself); the base read with it was below `checks`.
  return { [`success_${ticket.checks}`]: true, ...deletions(ticket.successFields) };
}

/**
 * For the password reset flow: a new password ends every lock of the login id
 * (the 5-minute window and the 100 in a row).
 */
export async function clearPasswordLocks(loginId: string): Promise<void> {
  await loginGuardRef(loginId).delete();
}

/*
 * For the local tester console, which loads this
 * module to show and clear locks exactly as the login reads and sets them.
 */

/** A lock as a tester sees it: wrong passwords in the current window, and until when it holds, if it does. */
export function windowLockOf(data: DocumentData, now: number): { failures: number; lockedUntil: number | null } {
  const window = currentWindow(data, now);
  return { failures: (data[windowField('attempts', window)] as number | undefined) ?? 0, lockedUntil: lockedUntilOf(data, window) ?? null };
}

/** The login id's locks: its window, and wrong passwords in a row toward the lock until reset. */
export async function readLoginLocks(loginId: string, now = Date.now()) {
  const guard = (await loginGuardRef(loginId).get()).data() ?? {};
  return { ...windowLockOf(guard, now), inARow: Math.max(0, streakOf(guard)), untilReset: lockedUntilReset(guard) };
}

/** Lifts a trusted browser's own lock as a right password would: its current window, if it counted any, ends. */
export async function endLockWindow(ref: DocumentReference, now = Date.now()): Promise<void> {
  const data = (await ref.get()).data();
  if (data && windowLockOf(data, now).failures > 0) await ref.update({ [windowField('closed', currentWindow(data, now))]: true });
}
