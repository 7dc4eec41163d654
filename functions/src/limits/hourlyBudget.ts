import { FieldValue, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, HOUR_MS } from '@hellowork/contracts';
import { compareAndSet, readRecord } from '../data/compareAndSet';
import { toTimestamp } from '../platform/firebase';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from './mailWindows';
import { deletions } from './windowLock';

/** One taken from a budget: given back when what it was taken for turns out not to count. */
export type Taken = { giveBack: () => Promise<void> };

/**
 * "At most `max` in any hour", taken before the thing it limits is done: hour-long windows from the epoch,
 * this one and the one before together (mailWindows.ts, whose `mails_<window>` fields it keeps), each take a
 * compare-and-set on the record as read (data/compareAndSet.ts), so however many race, no more than `max`
 * are taken within it. A take past the budget writes nothing and answers null, so refused requests never
 * use it up, and so does one that lost every race; the caller gives back a take that turned out not to
 * count. Records go a day after their last take (TTL). `fields` are written with every take (what finds the
 * record).
 */
export async function takeFromHourlyBudget(ref: DocumentReference, max: number, now: number, fields: object = {}): Promise<Taken | null> {
  const window = mailWindowOf(0, now, HOUR_MS);
  const field = mailField(window);
  const taken = await compareAndSet(await readRecord(ref), ({ data }) => {
    const count = ((data[field] as number | undefined) ?? 0) + 1;
    const after = { ...data, [field]: count };
    if (!mailAllowed(after, window, max)) return { result: false };
    return {
      write: { ...fields, [field]: count, deleteAt: toTimestamp(now + DAY_MS), ...deletions(staleMailFields(after, window)) },
      result: true,
    };
  });
  if (!taken) return null;
  return { giveBack: () => ref.update({ [field]: FieldValue.increment(-1) }).then(() => undefined) };
}
