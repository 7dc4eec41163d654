import type { DocumentData, DocumentReference } from 'firebase-admin/firestore';
import { foundNoDocument } from '../platform/firebase';

/**
 * Every limit's count: write the increment, then read the record back and
 * decide on what was read. However many requests race, each reads a number
 * no other request read, so at most N of them ever get under a limit of N
 * (docs/decisions/0001-counters-increment-then-read-back.md). `makes`: the
 * count may make its record (merge); otherwise the record must exist, and
 * undefined says it is gone.
 */
export async function countAndReadBack<T extends DocumentData>(
  ref: DocumentReference<T>,
  counts: DocumentData,
  { makes }: { makes: boolean },
): Promise<T | undefined> {
  const raw = ref as unknown as DocumentReference;
  try {
    await (makes ? raw.set(counts, { merge: true }) : raw.update(counts));
  } catch (error) {
    if (foundNoDocument(error)) return undefined;
    throw error;
  }
  return (await ref.get()).data();
}
