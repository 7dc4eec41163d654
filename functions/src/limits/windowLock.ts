import { FieldValue, type DocumentData, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, PASSWORD_FAILURE_MEMORY_DAYS } from '@hellowork/contracts';
import { foundNoDocument, toTimestamp } from '../platform/firebase';
import { compareAndSet, type Decision, type ReadRecord } from '../data/compareAndSet';
import { currentWindow, lockedUntilOf, staleFieldsOf, windowField } from './lockWindows';

/*
 * The window lock, one rule for every lock of the product: N wrong answers in
 * a window lock it for a time; a right answer ends the window. It keeps its
 * numbered fields in a record of the caller's (a login guard, a trusted
 * browser's record, a 求職番号's guard). The window arithmetic is in
 * lockWindows.ts; every count is a compare-and-set on the record as read
 * (compareAndSet.ts), so however many requests race, each check has a number
 * of its own and at most N are handed out.
 */

export type LockPolicy = { maxFailures: number; lockMs: number };

/** The right to one check: the n-th of a window of one lock. */
export type LockTicket = { ref: DocumentReference; policy: LockPolicy; window: number; number: number };
export type TicketResult = { ticket: LockTicket } | { lockedUntil: number };

export const deletions = (names: string[]) => Object.fromEntries(names.map((name) => [name, FieldValue.delete()]));

/** Written with every count of a guard: a long TTL, so waiting does not reset the count. */
export const guardMemory = (now: number) => ({ deleteAt: toTimestamp(now + PASSWORD_FAILURE_MEMORY_DAYS * DAY_MS) });

/** Whether a record's lock holds now. */
export function isLocked(data: DocumentData, now: number): boolean {
  return lockedUntilOf(data, currentWindow(data, now)) !== undefined;
}

/** One more check counted on the record as read: its number and the fields that say so; or the lock that holds. */
export type WindowCount = { window: number; number: number; fields: DocumentData } | { lockedUntil: number };

export function countWindow(data: DocumentData, policy: LockPolicy, now: number): WindowCount {
  const window = currentWindow(data, now);
  const lockedUntil = lockedUntilOf(data, window);
  if (lockedUntil !== undefined) return { lockedUntil };
  const number = ((data[windowField('attempts', window)] as number | undefined) ?? 0) + 1;
  // Fields of windows long ended go with the count, so the record does not grow; the floor keeps the
  // current window where it is once they are gone.
  const stale = staleFieldsOf(data, window);
  return {
    window,
    number,
    fields: {
      [windowField('attempts', window)]: number,
      // Locked from the moment the last check is handed out: if it succeeds, the window closes and the
      // lock with it; if the request dies, the lock still lifts.
      ...(number >= policy.maxFailures ? { [windowField('lockedUntil', window)]: toTimestamp(now + policy.lockMs) } : {}),
      ...(stale.length ? { ...deletions(stale), floor: window - 2 } : {}),
    },
  };
}

/** A request that lost every race for a lock's record is refused as if the lock held (compareAndSet.ts). */
const contended = (policy: LockPolicy, now: number) => ({ lockedUntil: now + policy.lockMs });

/**
 * Takes a ticket for one check under the lock kept in `record` (made if missing), or answers that it is
 * locked (without checking anything). `extra` fields are written with the count (a guard's TTL).
 */
export async function takeTicket(record: ReadRecord, policy: LockPolicy, now: number, extra: DocumentData = {}): Promise<TicketResult> {
  const taken = await compareAndSet(record, ({ data }): Decision<TicketResult> => {
    const count = countWindow(data, policy, now);
    if ('lockedUntil' in count) return { result: count };
    const { window, number } = count;
    return { write: { ...count.fields, ...extra }, result: { ticket: { ref: record.ref, policy, window, number } } };
  });
  return taken ?? contended(policy, now);
}

/** After a wrong answer: whether that failure has locked. */
export const failureLocks = (ticket: LockTicket) => ticket.number >= ticket.policy.maxFailures;

/** What a right answer writes: the window ends, and the failures before it no longer count. `extra` fields go with it. */
export const failuresCleared = (ticket: LockTicket, extra: DocumentData = {}) => ({
  [windowField('closed', ticket.window)]: true,
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
