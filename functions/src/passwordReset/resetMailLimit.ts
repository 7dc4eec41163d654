import { FieldValue } from 'firebase-admin/firestore';
import { DAY_MS, HOUR_MS, PASSWORD_RESET_MAILS_PER_HOUR } from '@hellowork/contracts';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from '../otp/mailWindows';
import { paths } from '../platform/collections';
import { db, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { keyedHash } from '../platform/secrets';

/*
 * At most 3 reset mails per address in any hour (mailWindows.ts, with
 * hour-long windows), counted for every address asked for, with or without
 * an account: the answer, and its cost, must not tell them apart.
 */
const guards = db.collection(paths.passwordResetGuards);

export async function reserveResetMail(loginId: string, now = Date.now()): Promise<void> {
  const ref = guards.doc(keyedHash('password-reset-guard', loginId));
  const window = mailWindowOf(0, now, HOUR_MS);
  await ref.set({ [mailField(window)]: FieldValue.increment(1), expireAt: toTimestamp(now + DAY_MS) }, { merge: true });
  const after = (await ref.get()).data() ?? {};
  if (!mailAllowed(after, window, PASSWORD_RESET_MAILS_PER_HOUR)) throw new ApiError('password-reset-mail-limit');
  const stale = staleMailFields(after, window);
  if (stale.length) await ref.update(Object.fromEntries(stale.map((name) => [name, FieldValue.delete()])));
}
