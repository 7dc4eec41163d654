import { FieldValue, type DocumentData, type Timestamp } from 'firebase-admin/firestore';
import { DAY_MS, LOCKOUT_MAX_FAILURES, LOCKOUT_MINUTES, MINUTE_MS } from '@hellowork/contracts';
import { db, toTimestamp } from '../platform/firebase';
import { keyedHash } from '../platform/secrets';

/*
 * Account lockout: 5 consecutive wrong passwords lock the login id for 5
 * minutes. Keyed by the login id (a keyed hash of the e-mail address), so an
 * address with no account locks exactly like one with an account.
 *
 * It must hold under parallel requests on Cloud Firestore and on the embedded
 * emulator, which does not isolate transactions. So it uses only primitives
 * atomic on both: a request counts itself with FieldValue.increment and reads
 * the count back. Only the first 5 increments of a window can ever read back
 * a count of 5 or less, so at most 5 password checks run per window, however
 * many requests race (a racing request that cannot prove it is among the
 * first 5 is refused as locked).
 *
 * A window ends when a right password closes it (the count starts again) or
 * when the lock it set has lifted. Window n lives in fields attempts_n,
 * lockedUntil_n and closed_n of one document. Whether a window has ended only
 * ever changes from no to yes, so every reader agrees which window is current.
 */

/** The right to one password check: the n-th of a window. */
export type LoginTicket = { key: string; window: number; number: number; staleFields: string[] };
export type TicketResult = { ticket: LoginTicket } | { lockedUntil: number };

/** The document id for a login id: keyed, so the store holds no address in clear. */
export const loginGuardKey = (email: string) => keyedHash('login-guard', email);

const guards = db.collection('loginGuards');
/** The lockout document of a login id (read by the local tester console and its clock). */
export const loginGuardRef = (email: string) => guards.doc(loginGuardKey(email));
const LOCK_MS = LOCKOUT_MINUTES * MINUTE_MS;

const field = (name: 'attempts' | 'lockedUntil' | 'closed', window: number) => `${name}_${window}`;

function lockedUntilOf(guard: DocumentData, window: number): number | undefined {
  return (guard[field('lockedUntil', window)] as Timestamp | undefined)?.toMillis();
}

/** The first window that has not ended. */
function currentWindow(guard: DocumentData, now: number): number {
  const closed = Object.keys(guard)
    .filter((name) => name.startsWith('closed_'))
    .map((name) => Number(name.slice('closed_'.length)));
  let window = Math.max((guard.floor as number | undefined) ?? 0, closed.length ? Math.max(...closed) + 1 : 0);
  for (let lockedUntil = lockedUntilOf(guard, window); lockedUntil !== undefined && lockedUntil <= now;) {
    window += 1;
    lockedUntil = lockedUntilOf(guard, window);
  }
  return window;
}

/**
 * Fields of windows long ended, dropped so the document does not grow. Three
 * windows are kept: a request still working on an older one is seconds old,
 * and a window lasts at least until the owner's next login or 5 minutes.
 */
function staleFieldsOf(guard: DocumentData, window: number): string[] {
  return Object.keys(guard).filter((name) => {
    const match = /^(?:attempts|lockedUntil|closed)_(\d+)$/.exec(name);
    return match !== null && Number(match[1]) < window - 2;
  });
}

const deletions = (names: string[]) => Object.fromEntries(names.map((name) => [name, FieldValue.delete()]));

/**
 * Takes a ticket for one password check, or answers that the login id is
 * locked (without checking any password).
 */
export async function takeLoginTicket(email: string, now = Date.now()): Promise<TicketResult> {
  const key = loginGuardKey(email);
  const ref = guards.doc(key);
  const before = (await ref.get()).data() ?? {};
  const window = currentWindow(before, now);
  const lockedUntil = lockedUntilOf(before, window);
  if (lockedUntil !== undefined) return { lockedUntil };

  await ref.set({ [field('attempts', window)]: FieldValue.increment(1), expireAt: toTimestamp(now + DAY_MS) }, { merge: true });
  const after = (await ref.get()).data() ?? {};
  const number = after[field('attempts', window)] as number;
  const staleFields = staleFieldsOf(after, window);
  if (number >= LOCKOUT_MAX_FAILURES && lockedUntilOf(after, window) === undefined) {
    // Locked from the moment the last check is handed out: if it succeeds, the
    // window closes and the lock with it; if the request dies, the lock still
    // lifts. Under a race the request that reads 5 may not be first to get
    // here, so any request at or past the limit sets the lock if it is missing.
    await ref.update({ [field('lockedUntil', window)]: toTimestamp(now + LOCK_MS) });
  }
  if (number > LOCKOUT_MAX_FAILURES) return { lockedUntil: lockedUntilOf(after, window) ?? now + LOCK_MS };
  if (number === 1 && staleFields.length) {
    await ref.update({ ...deletions(staleFields), floor: window - 2 });
  }
  return { ticket: { key, window, number, staleFields } };
}

/** After a wrong password: whether that failure has locked the login id. */
export const failureLocks = (ticket: LoginTicket) => ticket.number >= LOCKOUT_MAX_FAILURES;

/** A right password ends the window: the failures before it no longer count. */
export async function clearFailures(ticket: LoginTicket): Promise<void> {
  await guards.doc(ticket.key).update({ [field('closed', ticket.window)]: true, ...deletions(ticket.staleFields) });
}

/** What a tester sees of a login id: wrong passwords in the current window and the lock, if any. */
export async function readLockState(email: string, now = Date.now()): Promise<{ failures: number; lockedUntil: number | null }> {
  const guard = (await loginGuardRef(email).get()).data() ?? {};
  const window = currentWindow(guard, now);
  return { failures: (guard[field('attempts', window)] as number | undefined) ?? 0, lockedUntil: lockedUntilOf(guard, window) ?? null };
}

/** Ends the current window as a right password would: the lock lifts and the count starts again. */
export async function unlockLoginId(email: string, now = Date.now()): Promise<void> {
  const ref = loginGuardRef(email);
  const guard = (await ref.get()).data();
  if (guard) await ref.update({ [field('closed', currentWindow(guard, now))]: true });
}
