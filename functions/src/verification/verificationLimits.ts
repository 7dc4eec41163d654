import { FieldValue, type DocumentData, type WriteBatch } from 'firebase-admin/firestore';
import { codeBlockMinutes, CODE_MAX_WRONG_BEFORE_RESET, CODE_MAX_WRONG_IN_A_ROW, MINUTE_MS } from '@hellowork/contracts';
import { codeLimitsRef } from '../data/collections';
import { compareAndSet, readRecord, writeOver, type ReadRecord } from '../data/compareAndSet';
import type { CodeLimitsRecord, VerificationType } from '../data/records';
import { mailAllowed, mailField, mailWindowOf, staleMailFields } from '../limits/mailWindows';
import { deletions } from '../limits/windowLock';
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
 * Every count is a compare-and-set on the record as read (data/compareAndSet.ts).
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

/** The account's limits record for codes of this purpose, as read now: what its counts are decided on. */
export const readCodeLimits = (type: VerificationType, uid: string) => readRecord(codeLimitsRef(limitsOf(type), uid));

/** A limits record's fields as read; a record not yet made has its mail windows start now. */
const limitsAsRead = ({ data }: ReadRecord, now: number) => ({ origin: toTimestamp(now), ...data }) as CodeLimitsRecord;

/**
 * Refuses while the account may get no code of this purpose (blockOf), on its limits record as read
 * (readCodeLimits); the record as read otherwise.
 */
export function assertNotBlocked(type: VerificationType, limits: ReadRecord, now = Date.now()): CodeLimitsRecord {
  const record = limitsAsRead(limits, now);
  const block = blockOf(type, record, now);
  if (block) throw new ApiError(block);
  return record;
}

/** A code mail counted toward the limit; released if it could not be sent, so only mails that went out count. */
export type CodeMailReservation = { release: () => Promise<void> };

/**
 * One more code mail of this purpose, decided on the limits record as read: refused while blocked (blockOf);
 * otherwise the fields that count it, and whether it is within 5 in any 15 minutes. A mail past the limit
 * counts too, so a flood waits longer (it needs the password or a session).
 */
function countCodeMail(type: VerificationType, limits: ReadRecord, now: number) {
  const record = limitsAsRead(limits, now);
  const block = blockOf(type, record, now);
  if (block) throw new ApiError(block);
  const window = mailWindowOf(record.origin.toMillis(), now);
  const field = mailField(window);
  const after: DocumentData = { ...record, [field]: ((limits.data[field] as number | undefined) ?? 0) + 1 };
  const fields = {
    [field]: after[field] as number,
    ...(limits.data.origin ? {} : { origin: record.origin }),
    ...deletions(staleMailFields(after, window)),
  };
  const reservation: CodeMailReservation = {
    release: () => limits.ref.update({ [field]: FieldValue.increment(-1) }).then(() => undefined),
  };
  return { fields, allowed: mailAllowed(after, window), reservation };
}

/**
 * Before mailing a new code of this purpose, in the caller's batch (the one that saves the code): counts the
 * mail over the limits record as read (readCodeLimits), so the batch fails whole if another count came first.
 * Refuses at once while blocked; `allowed` false: past 5 mails in 15 minutes, counted all the same, and the
 * caller answers 'code-mail-limit' once its batch has committed.
 */
export function reserveCodeMailIn(batch: WriteBatch, type: VerificationType, limits: ReadRecord, now = Date.now()) {
  const { fields, allowed, reservation } = countCodeMail(type, limits, now);
  writeOver(batch, limits, fields);
  return { allowed, reservation };
}

/** reserveCodeMailIn on its own: the mail counted, or refused ('code-blocked', 'code-reset-required', 'code-mail-limit'). */
export async function reserveCodeMail(type: VerificationType, uid: string, now = Date.now()): Promise<CodeMailReservation> {
  const taken = await compareAndSet(await readCodeLimits(type, uid), (limits) => {
    const { fields, allowed, reservation } = countCodeMail(type, limits, now);
    return { write: fields, result: allowed ? reservation : null };
  });
  if (!taken) throw new ApiError('code-mail-limit');
  return taken;
}

/**
 * What one checked wrong code did to the account: what the answer says, whether this request tells the holder,
 * and when the block it met ends (null for none, or for one only a new password ends).
 */
export type WrongCodeCount = { block: 'code-blocked' | 'code-reset-required' | null; warns: boolean; blockedUntil: number | null };

/**
 * One more checked wrong code of this purpose, decided on the limits record as read: the fields that count
 * it (and stamp a block it reaches) and what it did. Written with the code's own guess count, in one
 * compare-and-set (verification.ts), so exactly one request reaches each block, and that one warns the
 * holder: once per block, and once at the 100 that needs a new password.
 */
export function countWrongCode(type: VerificationType, limits: ReadRecord, now: number): { fields: DocumentData; count: WrongCodeCount } {
  const wrongCodes = ((limits.data.wrongCodes as number | undefined) ?? 0) + 1;
  const after = { ...limitsAsRead(limits, now), wrongCodes };
  const fields = { wrongCodes };
  if (needsNewPassword(type, after)) {
    return {
      fields,
      count: { block: 'code-reset-required', warns: wrongInARow(after) === CODE_MAX_WRONG_BEFORE_RESET, blockedUntil: null },
    };
  }
  const step = blockStepOf(after);
  if (step === 0) return { fields, count: { block: null, warns: false, blockedUntil: null } };
  if (after.blockStep === step) {
    const block = blockOf(type, after, now);
    return { fields, count: { block, warns: false, blockedUntil: block ? (after.blockedUntil?.toMillis() ?? null) : null } };
  }
  const blockedUntil = toTimestamp(now + codeBlockMinutes(wrongInARow(after)) * MINUTE_MS);
  return {
    fields: { ...fields, blockedUntil, blockStep: step },
    count: { block: 'code-blocked', warns: true, blockedUntil: blockedUntil.toMillis() },
  };
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
export function clearWrongCodes(batch: WriteBatch, limits: ReadRecord): void {
  const record = limits.data as Partial<CodeLimitsRecord>;
  if (wrongInARow(record) > 0) writeOver(batch, limits, countAgain(record));
}
