import { FieldValue, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, HOUR_MS } from '@hellowork/contracts';
import { toTimestamp } from '../platform/firebase';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from './mailWindows';
import { countAndReadBack } from './readBack';

/** One taken from a budget: given back when what it was taken for turns out not to count. */
export type Taken = { giveBack: () => Promise<void> };

/**
 * "At most `max` in any hour", taken before the thing it limits is done: hour-long windows from the epoch,
 * this one and the one before together (mailWindows.ts, whose `mails_<window>` fields it keeps), counted by
 * increment and read-back, so however many race, no more than `max` read a count within it. A take past
 * the budget gives its count back at once and answers null, so refused requests never use it up; the
 * caller gives back a take that turned out not to count. Records go a day after their last take (TTL).
 * `fields` are written with every take (what finds the record).
 */
export async function takeFromHourlyBudget(ref: DocumentReference, max: number, now: number, fields: object = {}): Promise<Taken | null> {
  const window = mailWindowOf(0, now, HOUR_MS);
  const field = mailField(window);
  const giveBack = () => ref.update({ [field]: FieldValue.increment(-1) }).then(() => undefined);
  const after =
    (await countAndReadBack(ref, { ...fields, [field]: FieldValue.increment(1), deleteAt: toTimestamp(now + DAY_MS) }, { makes: true })) ??
    {};
  if (!mailAllowed(after, window, max)) {
    await giveBack();
    return null;
  }
  const stale = staleMailFields(after, window);
  if (stale.length) await ref.update(Object.fromEntries(stale.map((name) => [name, FieldValue.delete()])));
  return { giveBack };
}
