import { FieldValue, type DocumentData, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, PASSWORD_FAILURE_MEMORY_DAYS } from '@hellowork/contracts';
import { foundNoDocument, toTimestamp } from '../platform/firebase';
import { currentWindow, lockedUntilOf, staleFieldsOf, windowField } from './lockWindows';
import { countAndReadBack } from './readBack';

/*
 * The window lock, one rule for every lock of the product: N wrong answers in
 * a window lock it for a time; a right answer ends the window. It keeps its
 * numbered fields in a record of the caller's (a login guard, a trusted
 * browser's record, a 求職番号's guard). The window arithmetic is in
 * lockWindows.ts; every count is read back (readBack.ts).
 */

/** `makes`: the lock may make its record (a guard); a trusted browser's lock only adds to its record. */
export type LockPolicy = { maxFailures: number; lockMs: number; makes: boolean };

/** The right to one check: the n-th of a window of one lock. */
export type LockTicket = { ref: DocumentReference; policy: LockPolicy; window: number; number: number; staleFields: string[] };
export type TicketResult = { ticket: LockTicket } | { lockedUntil: number };

/** A lock's record as the request has just read it: the lock is decided on that, not read again. */
export type LockRecord = { ref: DocumentReference; data: DocumentData };

export const deletions = (names: string[]) => Object.fromEntries(names.map((name) => [name, FieldValue.delete()]));

/** Written with every count of a guard: a long TTL, so waiting does not reset the count. */
export const guardMemory = (now: number) => ({ deleteAt: toTimestamp(now + PASSWORD_FAILURE_MEMORY_DAYS * DAY_MS) });

/** Whether a record's lock holds now. */
export function isLocked(data: DocumentData, now: number): boolean {
  return lockedUntilOf(data, currentWindow(data, now)) !== undefined;
}

/** A window's count for one check, not yet written; or, as the record was read, its lock. */
export type WindowCount = { ref: DocumentReference; policy: LockPolicy; window: number; fields: DocumentData } | { lockedUntil: number };

export function countWindow({ ref, data: before }: LockRecord, policy: LockPolicy, now: number, extra: DocumentData = {}): WindowCount {
  const window = currentWindow(before, now);
  const lockedUntil = lockedUntilOf(before, window);
  if (lockedUntil !== undefined) return { lockedUntil };
  return { ref, policy, window, fields: { [windowField('attempts', window)]: FieldValue.increment(1), ...extra } };
}

/** The ticket a written count earns, decided on the record as read back after it. */
export async function windowTicket(
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
    await updateIfThere(ref, { [windowField('lockedUntil', window)]: toTimestamp(now + policy.lockMs) });
  }
  if (number > policy.maxFailures) return { lockedUntil: lockedUntilOf(after, window) ?? now + policy.lockMs };
  return { ticket: { ref, policy, window, number, staleFields: staleFieldsOf(after, window) } };
}

/**
 * Takes a ticket for one check under the lock kept in `record`, or answers
 * that it is locked (without checking anything). `extra` fields are written
 * with the count (a guard's TTL).
 */
export async function takeTicket(record: LockRecord, policy: LockPolicy, now: number, extra: DocumentData = {}): Promise<TicketResult> {
  const count = countWindow(record, policy, now, extra);
  if ('lockedUntil' in count) return count;
  return windowTicket(count, (await countAndReadBack(count.ref, count.fields, { makes: policy.makes })) ?? {}, now);
}

/** After a wrong answer: whether that failure has locked. */
export const failureLocks = (ticket: LockTicket) => ticket.number >= ticket.policy.maxFailures;

/**
 * After a wrong answer: drops the fields of windows long ended, so the record
 * does not grow (a right answer drops them in clearFailures). The floor keeps
 * the current window where it is once the ended ones' fields are gone.
 */
export async function dropStaleWindows(ticket: LockTicket): Promise<void> {
  if (ticket.staleFields.length) await updateIfThere(ticket.ref, { ...deletions(ticket.staleFields), floor: ticket.window - 2 });
}

/** What a right answer writes: the window ends, and the failures before it no longer count. `extra` fields go with it. */
export const failuresCleared = (ticket: LockTicket, extra: DocumentData = {}) => ({
  [windowField('closed', ticket.window)]: true,
  ...deletions(ticket.staleFields),
  ...extra,
});

/** A right answer's write on its own; false when the record was gone (updateIfThere). */
export const clearFailures = (ticket: LockTicket, extra: DocumentData = {}) => updateIfThere(ticket.ref, failuresCleared(ticket, extra));

/**
 * An update of a lock's record, which may be gone since it was read: a new password deletes a login guard, a
 * revoke a trusted browser's record, the tester console a 求職番号's guard. A lock or a failure it would
 * write ended with the record. Whether the record was there.
 */
export async function updateIfThere(ref: DocumentReference, fields: DocumentData): Promise<boolean> {
  try {
    await ref.update(fields);
    return true;
  } catch (error) {
    if (foundNoDocument(error)) return false;
    throw error;
  }
}
