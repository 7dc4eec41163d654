import {
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type DocumentSnapshot,
  type Timestamp,
  type WriteBatch,
} from 'firebase-admin/firestore';
import { firestore } from '../platform/firebase';

/*
 * Compare-and-set: the one way a count, a lock or a replaced record is written
 * (docs/decisions/0001-counters-increment-then-read-back.md, amended). A request
 * decides on a record as it read it and writes over exactly that version: an
 * update with a `lastUpdateTime` precondition, or a create() where the record
 * was missing, in the same batch as the rest of that step. Of the requests that
 * read one version, one commits; the others read again and decide again, a
 * bounded number of times, and are then refused. Cloud Firestore enforces both
 * preconditions, and so does its official emulator; the embedded one ignores
 * `lastUpdateTime` (decision 0002), so the race tests prove them only on the
 * official one.
 */

/** A record as a request read it: what it decides on, and the version a write of it must still find (none: missing). */
export type ReadRecord = { ref: DocumentReference; data: DocumentData; updateTime: Timestamp | null };

export const asRead = (snapshot: DocumentSnapshot): ReadRecord => ({
  ref: snapshot.ref,
  data: snapshot.data() ?? {},
  updateTime: snapshot.updateTime ?? null,
});

export const readRecord = async (ref: DocumentReference): Promise<ReadRecord> => asRead(await ref.get());

/** Adds to `batch` the write of `fields` over `record` as it was read. A create() takes no deletions. */
export function writeOver(batch: WriteBatch, record: ReadRecord, fields: DocumentData): void {
  if (record.updateTime) batch.update(record.ref, fields, { lastUpdateTime: record.updateTime });
  else batch.create(record.ref, withoutDeletions(fields));
}

const isDeletion = (value: unknown) => value instanceof FieldValue && FieldValue.delete().isEqual(value);
const withoutDeletions = (fields: DocumentData) => Object.fromEntries(Object.entries(fields).filter(([, value]) => !isDeletion(value)));

/** Whether a commit failed because a record it wrote over was written (or made, or deleted) since it was read. */
export function changedSinceRead(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // FAILED_PRECONDITION, ALREADY_EXISTS, NOT_FOUND
  return code === 9 || code === 6 || code === 5;
}

/**
 * How often a request that lost a race reads again before it is refused. Every round has a winner, so only
 * requests racing more than this many others are refused, and only under a flood on one record.
 */
export const CONTENDED_ATTEMPTS = 5;

/** A decision on a record as read: the fields to write over it (none: nothing to write) and the caller's answer. */
export type Decision<T> = { write?: DocumentData; result: T };

/**
 * Decides on `first` and writes the decision over that version; a request that lost a race reads the record
 * again and decides again, up to CONTENDED_ATTEMPTS times. Returns the decision's answer, or null when every
 * attempt lost: the caller refuses.
 */
export async function compareAndSet<T>(first: ReadRecord, decide: (record: ReadRecord) => Decision<T>): Promise<T | null> {
  let record = first;
  for (let attempt = 0; attempt < CONTENDED_ATTEMPTS; attempt++) {
    if (attempt > 0) record = await readRecord(record.ref);
    const { write, result } = decide(record);
    if (!write) return result;
    const batch = firestore().batch();
    writeOver(batch, record, write);
    try {
      await batch.commit();
      return result;
    } catch (error) {
      if (!changedSinceRead(error)) throw error;
    }
  }
  return null;
}
