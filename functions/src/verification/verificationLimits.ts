import { FieldValue, type Timestamp, type WriteBatch } from 'firebase-admin/firestore';
import {
  codeBlockMinutes,
  CODE_LONGEST_BLOCK_MINUTES,
  CODE_MAX_WRONG_BEFORE_RESET,
  CODE_MAX_WRONG_IN_A_ROW,
  DAY_MS,
  MINUTE_MS,
} from '@hellowork/contracts';
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
 *   and the holder is warned; the count goes on across blocks, at 60 and 90
 *   the blocks grow (contracts: codeBlockMinutes), and at 100 the login gets
 *   no code until a new password is set (§3.2.2). Only a right code or a new
 *   password starts the count again;
 * - code mails: at most 5 in any 15 minutes (limits/mailWindows.ts).
 * Counts are read back (limits/readBack.ts).
 */

/**
 * Whose limit a wrong code counts toward. Reset codes have none here: theirs are their requester's
 * (requestLimits.ts, decision 0018). Re-registration codes have their own: they need only the 求職番号 and
 * 生年月日, so whoever holds those can ask for them (mailed to an address of their choosing) and guess; that
 * must never reach the holder's login code, nor warn that the password is known. The first password's codes
 * (the マイページ開設 mail's) have their own too: the account has no password yet, so they neither reach the login
 * code's count nor warn that a password is known. Every other code is asked for from a session or with the
 * password, and counts toward the login code's.
 */
export const limitsOf = (type: VerificationType): VerificationType =>
  type === 're-registration' || type === 'first-password' ? type : 'login-otp';

export const wrongInARow = (record: Partial<CodeLimitsRecord>) => (record.wrongCodes ?? 0) - (record.wrongCodesBase ?? 0);

/** What starts the count in a row again: the wrong codes so far are no longer in a row, and no block stays. */
const countAgain = (record: Partial<CodeLimitsRecord>) => ({ wrongCodesBase: record.wrongCodes ?? 0, blockStep: 0, blockedUntil: null });

/** The block a count in a row has reached: 1 at 30, 2 at 60, 3 at 90 (0 for none). */
const blockStepOf = (record: Partial<CodeLimitsRecord>) => Math.floor(wrongInARow(record) / CODE_MAX_WRONG_IN_A_ROW);

/**
 * Whether the login's own code is refused until a new password: 100 wrong codes in a row on its count. Only the
 * login's: a reset, a re-registration or a new address from a session is how the holder gets on.
 */
const needsNewPassword = (type: VerificationType, record: Partial<CodeLimitsRecord>) =>
  type === 'login-otp' && wrongInARow(record) >= CODE_MAX_WRONG_BEFORE_RESET;

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
    // Made by a wrong code's count, which sets no origin.
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

/**
 * Why the account may get no new code of this purpose now: blocked for a
 * while ('code-blocked'), or until a new password ('code-reset-required'), or
 * null. A block reached but not yet stamped (a racing request is stamping it)
 * counts as on.
 */
export function blockOf(type: VerificationType, record: CodeLimitsRecord, now: number): 'code-blocked' | 'code-reset-required' | null {
  if (needsNewPassword(type, record)) return 'code-reset-required';
  const step = blockStepOf(record);
  if (step === 0) return null;
  if (record.blockStep !== step) return 'code-blocked';
  return record.blockedUntil && record.blockedUntil.toMillis() > now ? 'code-blocked' : null;
}

/**
 * Refuses while the account may get no code of this purpose (blockOf).
 * Reads only: the uid may come from a made-up verification id, and a record it made would stay for ever.
 */
export async function assertNotBlocked(type: VerificationType, uid: string, now = Date.now()): Promise<CodeLimitsRecord> {
  const record = (await codeLimitsRef(limitsOf(type), uid).get()).data() ?? { origin: toTimestamp(now) };
  const block = blockOf(type, record, now);
  if (block) throw new ApiError(block);
  return record;
}

/** A code mail counted toward the limit; released if it could not be sent, so only mails that went out count. */
export type CodeMailReservation = { release: () => Promise<void> };

/**
 * Before mailing a new code of this purpose: refuses while blocked (blockOf)
 * or past 5 mails in 15 minutes ('code-mail-limit'); otherwise counts the mail.
 * The account's first code mail is counted in the create() of its record:
 * the one request that makes it is the first mail, so it needs no read-back
 * (any racing mail increments after it and reads back as usual).
 */
export async function reserveCodeMail(type: VerificationType, uid: string, now = Date.now()): Promise<CodeMailReservation> {
  const ref = codeLimitsRef(limitsOf(type), uid);
  const reservation = (field: string) => ({ release: () => ref.update({ [field]: FieldValue.increment(-1) }).then(() => undefined) });
  const { record, made } = await readLimits(limitsOf(type), uid, now, { [mailField(0)]: 1 });
  if (made) return reservation(mailField(0));
  const block = blockOf(type, record, now);
  if (block) throw new ApiError(block);
  const window = mailWindowOf(record.origin.toMillis(), now);
  const after = (await countAndReadBack(ref, { [mailField(window)]: FieldValue.increment(1) }, { makes: false }))!;
  if (!mailAllowed(after, window)) throw new ApiError('code-mail-limit');
  const stale = staleMailFields(after, window);
  if (stale.length) await ref.update(Object.fromEntries(stale.map((name) => [name, FieldValue.delete()])));
  return reservation(mailField(window));
}

/**
 * What one checked wrong code did to the account: what the answer says, whether this request tells the holder,
 * and when the block it met ends (null for none, or for one only a new password ends).
 */
export type WrongCodeCount = { block: 'code-blocked' | 'code-reset-required' | null; warns: boolean; blockedUntil: number | null };

/**
 * Counts one checked wrong code of this purpose. Racing requests may all read
 * a count past a limit (none reads exactly 30), so every one at or past it
 * stamps the block if it is missing; create() of the block's own record picks
 * exactly one to warn the holder (decision 0001), once per block and once at
 * the 100 that needs a new password.
 */
export async function countWrongCode(type: VerificationType, uid: string, now = Date.now()): Promise<WrongCodeCount> {
  const limitsType = limitsOf(type);
  const ref = codeLimitsRef(limitsType, uid);
  const after = (await countAndReadBack(ref, { wrongCodes: FieldValue.increment(1) }, { makes: true }))!;
  const warnOnce = (name: string, until: Timestamp | null) =>
    verificationBlockRef(limitsType, uid, `${after.wrongCodesBase ?? 0}_${name}`)
      .create({ blockedUntil: until, deleteAt: toTimestamp(now + CODE_LONGEST_BLOCK_MINUTES * MINUTE_MS + DAY_MS) })
      .then(
        () => true,
        () => false,
      );
  if (needsNewPassword(type, after)) return { block: 'code-reset-required', warns: await warnOnce('reset', null), blockedUntil: null };
  const step = blockStepOf(after);
  if (step === 0) return { block: null, warns: false, blockedUntil: null };
  if (after.blockStep === step) {
    const block = blockOf(type, after, now);
    return { block, warns: false, blockedUntil: block ? (after.blockedUntil?.toMillis() ?? null) : null };
  }
  const blockedUntil = toTimestamp(now + codeBlockMinutes(wrongInARow(after)) * MINUTE_MS);
  const warns = await warnOnce(String(step), blockedUntil);
  await ref.update({ blockedUntil, blockStep: step });
  return { block: 'code-blocked', warns, blockedUntil: blockedUntil.toMillis() };
}

/**
 * A new password (reset, change, re-registration) ends the login's count in
 * a row, and any block or "new password needed" it had reached: whoever
 * guessed codes did so with the old password.
 */
export async function forgetWrongLoginCodes(uid: string): Promise<void> {
  const ref = codeLimitsRef('login-otp', uid);
  const record = (await ref.get()).data();
  if (record && wrongInARow(record) > 0) await ref.update(countAgain(record));
}

/**
 * A right code: the wrong ones before it are no longer "in a row". Adds the
 * update that says so to `batch` (the caller's write of the code's use), if
 * there were any.
 */
export function clearWrongCodes(batch: WriteBatch, type: VerificationType, uid: string, record: CodeLimitsRecord): void {
  // `record` as assertNotBlocked read it before the code was checked, not read again: wrong
  // codes counted since by racing requests stay in the count (stricter, never laxer).
  if (wrongInARow(record) > 0) batch.update(codeLimitsRef(limitsOf(type), uid), countAgain(record));
}
