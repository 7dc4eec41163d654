import { FieldValue, type DocumentData, type DocumentReference } from 'firebase-admin/firestore';
import { PASSWORD_MAX_CONSECUTIVE_FAILURES } from '@hellowork/contracts';
import { deletions, updateIfThere } from '../limits/windowLock';

/*
 * Wrong passwords in a row, across lock windows, on a login guard (or a
 * trusted browser's record): 100 in a row lock until the password is reset
 * (NIST SP 800-63B-4 §3.2.2). `checks` counts every password check ever handed
 * out; the base is its value at the last right password. A check numbered
 * more than 100 past it is refused, so at most 100 wrong passwords in a row
 * are ever checked.
 *
 * Each check is counted with the record's window count, in one compare-and-set
 * (lockout.ts). A right password at check c writes `success_<c>` (and drops
 * the success fields it read that are lower): the base is the highest such
 * field. That write needs no precondition, so a stranger's guess counted
 * meanwhile never refuses the holder's right password, and the base never
 * moves back: a field is only ever dropped by the same update that adds a
 * higher one, so a slower request's clear cannot revive failures a faster one
 * cleared.
 */

/**
 * `checks`: this check's number since the record was first tried; `number`: since the last right password.
 * `untilReset`: what the 100th writes so the lock outlives the record's usual deletion (a login guard's `deleteAt`).
 */
export type StreakTicket = { ref: DocumentReference; checks: number; number: number; successFields: string[]; untilReset: DocumentData };

const SUCCESS_FIELD = /^success_(\d+)$/;
const successFieldsOf = (data: DocumentData) => Object.keys(data).filter((name) => SUCCESS_FIELD.test(name));
const streakBase = (data: DocumentData) => Math.max(0, ...successFieldsOf(data).map((name) => Number(SUCCESS_FIELD.exec(name)![1])));
/** Wrong passwords in a row on a record. */
export const streakOf = (data: DocumentData) => ((data.checks as number | undefined) ?? 0) - streakBase(data);

/** Whether the record is locked until its password is reset. */
export const lockedUntilReset = (data: DocumentData) => streakOf(data) >= PASSWORD_MAX_CONSECUTIVE_FAILURES;

/** `count` more checks toward the 100, written as they are (the tester console's shortcut; logins count with countStreak). */
export const streakCount = (count: number) => ({ checks: FieldValue.increment(count) });

/** One more check counted on the record as read: its ticket and the field that says so; null when it may not be checked. */
export function countStreak(
  ref: DocumentReference,
  data: DocumentData,
  untilReset: DocumentData,
): { ticket: StreakTicket; fields: DocumentData } | null {
  const checks = ((data.checks as number | undefined) ?? 0) + 1;
  const number = checks - streakBase(data);
  if (number > PASSWORD_MAX_CONSECUTIVE_FAILURES) return null;
  return { ticket: { ref, checks, number, successFields: successFieldsOf(data), untilReset }, fields: { checks } };
}
/** What the 100th wrong password writes on a login guard: the lock outlives the guard's usual deletion. */
export const GUARD_UNTIL_RESET = { deleteAt: FieldValue.delete() };

/** After a wrong password: whether it was the 100th in a row. Then a login guard is never deleted. */
export async function streakEnds(ticket: StreakTicket): Promise<boolean> {
  if (ticket.number < PASSWORD_MAX_CONSECUTIVE_FAILURES) return false;
  if (Object.keys(ticket.untilReset).length) await updateIfThere(ticket.ref, ticket.untilReset);
  return true;
}

/**
 * A right password: the failures before it are no longer "in a row". The
 * fields of the record's update that say so; the window lock's clearFailures
 * can take them in the same write.
 */
export function streakCleared(ticket: StreakTicket): DocumentData {
  // number > 0 always (the ticket counted itself); the base read with it was below `checks`.
  return { [`success_${ticket.checks}`]: true, ...deletions(ticket.successFields) };
}
