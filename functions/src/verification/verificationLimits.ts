import { FieldValue, type WriteBatch } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS, CODE_BLOCK_MINUTES, CODE_MAX_WRONG_IN_A_ROW } from '@hellowork/contracts';
import { codeLimitsRef, verificationBlockRef } from '../data/collections';
import type { CodeLimitsRecord, VerificationType } from '../data/records';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from '../limits/mailWindows';
import { countAndReadBack } from '../limits/readBack';
import { toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';

/*
 * Limits per account and purpose, across codes (NIST SP 800-63B-4 §3.1.3: a
 * new code does not reset the failure count), in
 * verificationLimits/{type}_{uid}:
 * - wrong codes in a row: at 30 (3 codes voided), no new code for an hour,
 *   and the holder is warned once; a right code starts the count again;
 * - code mails: at most 5 in any 15 minutes (limits/mailWindows.ts).
 * Counts are read back (limits/readBack.ts).
 */

const BLOCK_MS = CODE_BLOCK_MINUTES * MINUTE_MS;

export const wrongInARow = (record: Partial<CodeLimitsRecord>) => (record.wrongCodes ?? 0) - (record.wrongCodesBase ?? 0);

/**
 * The account's limits record, made if missing. `firstFields` go into the
 * record only if this request makes it; `made` says whether it did.
 */
async function readLimits(
  type: VerificationType,
  uid: string,
  now: number,
  firstFields: Partial<CodeLimitsRecord> = {},
): Promise<{ record: CodeLimitsRecord; made: boolean }> {
  const ref = codeLimitsRef(type, uid);
  const existing = (await ref.get()).data();
  if (existing?.origin) return { record: existing, made: false };
  if (existing) {
    // Made by a wrong code's count (of a reset code, mailed without this limit), which sets no origin.
    const origin = toTimestamp(now);
    await ref.update({ origin });
    return { record: { ...existing, origin }, made: false };
  }
  // create(): concurrent first requests agree on one origin; the one that made it knows the record already.
  const created: CodeLimitsRecord = { ...firstFields, origin: toTimestamp(now) };
  if (
    await ref.create(created).then(
      () => true,
      () => false,
    )
  )
    return { record: created, made: true };
  return { record: (await ref.get()).data() as CodeLimitsRecord, made: false };
}

/** Whether the account may get no new code now (30 wrong codes in a row, within the hour). */
export function isBlocked(record: CodeLimitsRecord, now: number): boolean {
  if (wrongInARow(record) < CODE_MAX_WRONG_IN_A_ROW) return false;
  return !record.blockedUntil || record.blockedUntil.toMillis() > now;
}

/**
 * Refuses with 'code-blocked' while the account is blocked; a block that has lifted starts a fresh count.
 * Reads only: the uid may come from a made-up verification id, and a record it made would stay for ever.
 */
export async function assertNotBlocked(type: VerificationType, uid: string, now = Date.now()): Promise<CodeLimitsRecord> {
  const record = (await codeLimitsRef(type, uid).get()).data();
  return record ? checkBlock(type, uid, record, now) : { origin: toTimestamp(now) };
}

async function checkBlock(type: VerificationType, uid: string, record: CodeLimitsRecord, now: number): Promise<CodeLimitsRecord> {
  if (isBlocked(record, now)) throw new ApiError('code-blocked');
  if (wrongInARow(record) >= CODE_MAX_WRONG_IN_A_ROW) {
    const lifted = { wrongCodesBase: record.wrongCodes ?? 0, blockedUntil: null };
    await codeLimitsRef(type, uid).update(lifted);
    return { ...record, ...lifted };
  }
  return record;
}

/** A code mail counted toward the limit; released if it could not be sent, so only mails that went out count. */
export type CodeMailReservation = { release: () => Promise<void> };

/**
 * Before mailing a new code: refuses while blocked ('code-blocked') or past
 * 5 mails in 15 minutes ('code-mail-limit'); otherwise counts the mail.
 * The account's first code mail is counted in the create() of its record:
 * the one request that makes it is the first mail, so it needs no read-back
 * (any racing mail increments after it and reads back as usual).
 */
export async function reserveCodeMail(type: VerificationType, uid: string, now = Date.now()): Promise<CodeMailReservation> {
  const ref = codeLimitsRef(type, uid);
  const reservation = (field: string) => ({ release: () => ref.update({ [field]: FieldValue.increment(-1) }).then(() => undefined) });
  const { record, made } = await readLimits(type, uid, now, { [mailField(0)]: 1 });
  if (made) return reservation(mailField(0));
  const { origin } = await checkBlock(type, uid, record, now);
  const window = mailWindowOf(origin.toMillis(), now);
  const after = (await countAndReadBack(ref, { [mailField(window)]: FieldValue.increment(1) }, { makes: false }))!;
  if (!mailAllowed(after, window)) throw new ApiError('code-mail-limit');
  const stale = staleMailFields(after, window);
  if (stale.length) await ref.update(Object.fromEntries(stale.map((name) => [name, FieldValue.delete()])));
  return reservation(mailField(window));
}

/**
 * Counts one checked wrong code: whether the account is now blocked, and
 * whether this request is the one that warns the holder. Racing requests may
 * all read a count past the limit (none reads exactly 30), so every one at or
 * past it sets the block if it is missing; create() of the block's own record
 * picks exactly one to send the warning (decision 0001).
 */
export async function countWrongCode(type: VerificationType, uid: string, now = Date.now()) {
  const ref = codeLimitsRef(type, uid);
  const after = (await countAndReadBack(ref, { wrongCodes: FieldValue.increment(1) }, { makes: true }))!;
  if (wrongInARow(after) < CODE_MAX_WRONG_IN_A_ROW) return { blocked: false, warns: false };
  if (after.blockedUntil) return { blocked: true, warns: false };
  const blockedUntil = toTimestamp(now + BLOCK_MS);
  const warns = await verificationBlockRef(type, uid, after.wrongCodesBase ?? 0)
    .create({ blockedUntil, deleteAt: toTimestamp(now + BLOCK_MS + DAY_MS) })
    .then(
      () => true,
      () => false,
    );
  await ref.update({ blockedUntil });
  return { blocked: true, warns };
}

/**
 * A right code: the wrong ones before it are no longer "in a row". Adds the
 * update that says so to `batch` (the caller's write of the code's use), if
 * there were any.
 */
export function clearWrongCodes(batch: WriteBatch, type: VerificationType, uid: string, record: CodeLimitsRecord): void {
  // `record` as assertNotBlocked read it before the code was checked, not read again: wrong
  // codes counted since by racing requests stay in the count (stricter, never laxer).
  if (wrongInARow(record) > 0) batch.update(codeLimitsRef(type, uid), { wrongCodesBase: record.wrongCodes ?? 0 });
}
