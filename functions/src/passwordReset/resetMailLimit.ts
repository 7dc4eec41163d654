import { FieldValue } from 'firebase-admin/firestore';
import { DAY_MS, HOUR_MS, PASSWORD_RESET_MAILS_PER_HOUR } from '@hellowork/contracts';
import { passwordResetGuardRef } from '../data/collections';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from '../limits/mailWindows';
import { countAndReadBack } from '../limits/readBack';
import { toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';

/*
 * At most 3 reset mails per address in any hour (limits/mailWindows.ts, with
 * hour-long windows), counted for every address asked for, with or without
 * an account: the answer, and its cost, must not tell them apart. A refused
 * request takes its count back: anyone who knows the address can send them,
 * and counted they would keep the holder's own reset refused for as long as
 * the flood went on. (Accepted requests never take theirs back, so however
 * many race, no more than 3 read a count within the limit.)
 */

export async function reserveResetMail(loginId: string, now = Date.now()): Promise<void> {
  const ref = passwordResetGuardRef(loginId);
  const window = mailWindowOf(0, now, HOUR_MS);
  const after =
    (await countAndReadBack(ref, { [mailField(window)]: FieldValue.increment(1), deleteAt: toTimestamp(now + DAY_MS) }, { makes: true })) ??
    {};
  if (!mailAllowed(after, window, PASSWORD_RESET_MAILS_PER_HOUR)) {
    await ref.update({ [mailField(window)]: FieldValue.increment(-1) });
    throw new ApiError('password-reset-mail-limit');
  }
  const stale = staleMailFields(after, window);
  if (stale.length) await ref.update(Object.fromEntries(stale.map((name) => [name, FieldValue.delete()])));
}
