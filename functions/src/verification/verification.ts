import { FieldValue, type DocumentReference, type WriteBatch } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, FIRST_PASSWORD_CODE_VALID_DAYS } from '@hellowork/contracts';
import { UID_PATTERN, usedVerificationRef, verificationRef, verificationsOf, verificationsWithNonce } from '../data/collections';
import type { VerificationRecord, VerificationType } from '../data/records';
import { countAndReadBack } from '../limits/readBack';
import { firestore, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { keyedHash, randomMailedCode, randomToken, sameHash, sha256 } from '../platform/secrets';
import { assertRequesterMayGuess, boundToRequest, countRequesterWrongCode, endRequesterRow } from './requestLimits';
import { assertNotBlocked, clearWrongCodes, countWrongCode, limitsOf } from './verificationLimits';

/*
 * One verification record per account and purpose (verifications/{type}_{uid}),
 * as in the Epic Stack: a new verification overwrites the record, so a new
 * login invalidates the previous unused code by construction. The record keeps
 * only a keyed hash of the code. The browser holds an opaque verification id:
 * "<uid>.<nonce>"; the nonce (256 bits) ties it to this one record version.
 * Purposes a stranger can start (reset, re-registration) answer the nonce
 * alone, and the record is found by its hash: an id that named the account
 * would show whoever watches an address's ids when its account was made or moved.
 * Every flow that mails a code uses it with a type of its own; a code that
 * proves a new address keeps that address as the record's target. Reset codes
 * are the exception: one record per code (data/collections.ts verificationRef),
 * so a stranger's reset request does not void the holder's code, and bound to
 * the request that asked: their limits are its requester's, never the
 * account's (requestLimits.ts, decision 0018).
 */

/**
 * A checked wrong code: its answer, whether this request is the one to warn the holder of a block, and when the
 * block it met ends (null for none, or for one that only a new password ends).
 */
export type WrongCodeOutcome = {
  code: 'code-wrong' | 'code-exhausted' | 'code-blocked' | 'code-reset-required';
  warns: boolean;
  blockedUntil: number | null;
};

const codeHash = (nonce: string, code: string) => keyedHash('otp', `${nonce}:${code}`);

/** How long a code holds: minutes, but the マイページ開設 mail's, which may be read days later. */
export const codeValidMs = (type: VerificationType) =>
  type === 'first-password' ? FIRST_PASSWORD_CODE_VALID_DAYS * DAY_MS : CODE_VALID_MINUTES * MINUTE_MS;

/**
 * Creates a verification, replacing any earlier one of the same account and
 * type. Callers mail the code; call reserveCodeMail (verificationLimits.ts) first.
 */
export async function createVerification(type: VerificationType, uid: string, now = Date.now()) {
  const verification = newVerification(type, uid, now);
  await verification.save();
  return verification;
}

/** A verification not yet stored: its id can be answered before save() writes it. */
export function newVerification(
  type: VerificationType,
  uid: string,
  now = Date.now(),
  { target = null, requester = null }: { target?: string | null; requester?: string | null } = {},
) {
  const nonce = randomToken(32);
  const nonceHash = sha256(nonce);
  const code = randomMailedCode();
  const expiresAt = now + codeValidMs(type);
  const record: VerificationRecord = {
    type,
    uid,
    nonceHash,
    codeHash: codeHash(nonce, code),
    target,
    requester,
    guesses: 0,
    createdAt: toTimestamp(now),
    expiresAt: toTimestamp(expiresAt),
    deleteAt: toTimestamp(expiresAt + DAY_MS),
    // Written out, not left absent: the replaced record's use must not survive.
    usedAt: null,
    usedNonceHash: null,
  };
  return {
    verificationId: namesNoAccount(type) ? nonce : `${uid}.${nonce}`,
    code,
    expiresAt,
    save: () => verificationRef(type, uid, nonceHash).set(record),
    discard: () => verificationRef(type, uid, nonceHash).delete(),
  };
}

/** A new password voids every open code of the account, of every purpose. */
export async function discardVerifications(uid: string): Promise<void> {
  const batch = firestore().batch();
  for (const doc of (await verificationsOf(uid).get()).docs) batch.delete(doc.ref);
  await batch.commit();
}

const NONCE = '[A-Za-z0-9_-]{43}';
const VERIFICATION_ID = new RegExp(`^(${UID_PATTERN})\\.(${NONCE})$`);
const NONCE_ONLY = new RegExp(`^${NONCE}$`);

/** Purposes whose ids are the nonce alone: anyone who knows an address or a 求職受付票 can ask for their codes. */
const namesNoAccount = (type: VerificationType) => type === 'password-reset' || type === 're-registration';

function parseVerificationId(verificationId: string) {
  const match = VERIFICATION_ID.exec(verificationId);
  if (!match) throw new ApiError('code-superseded');
  return { uid: match[1]!, nonce: match[2]! };
}

/** The account and record an id names: from the id, or for an id of the nonce alone, from the record of its hash. */
async function locateVerification(type: VerificationType, verificationId: string) {
  if (!namesNoAccount(type)) {
    const { uid, nonce } = parseVerificationId(verificationId);
    return { uid, nonce, ref: verificationRef(type, uid, sha256(nonce)) };
  }
  if (!NONCE_ONLY.test(verificationId)) throw new ApiError('code-superseded');
  const found = (await verificationsWithNonce(sha256(verificationId)).get()).docs.find((doc) => doc.data().type === type);
  if (!found) throw new ApiError('code-superseded');
  return { uid: found.data().uid, nonce: verificationId, ref: found.ref };
}

/*
 * A request using an old code can mark its use after a new login has replaced
 * the record (its update names the document, not the code): the mark names the
 * code it is for, so it never spends the new one. The used-nonce create() in
 * verifyCode is what makes any code single-use; this mark only answers early.
 */
export const isUsed = (record: VerificationRecord) => record.usedAt !== null && record.usedNonceHash === record.nonceHash;

async function readLiveRecord(ref: DocumentReference<VerificationRecord>, nonce: string, now: number) {
  const record = (await ref.get()).data();
  if (!record || !sameHash(record.nonceHash, sha256(nonce))) throw new ApiError('code-superseded');
  if (record.expiresAt.toMillis() <= now) throw new ApiError('code-expired');
  if (isUsed(record)) throw new ApiError('code-used');
  return record;
}

/**
 * Checks a code against a verification and uses it up. Each guess counts
 * itself and reads the count back, so no more than 10 are ever checked however
 * many race (docs/decisions/0001-counters-increment-then-read-back.md).
 * Every checked wrong code also counts toward the account's limit across
 * codes, or a reset code's toward its requester's (requestLimits.ts), and is
 * told to `onWrongCode` with its answer; `warns` is true once
 * per block, for one of the guesses that set it. `alongside` adds the
 * caller's writes to the batch that uses the code: they happen only if this
 * request is the one that uses it.
 * Returns the account's uid and the record's target.
 */
export async function verifyCode(
  type: VerificationType,
  verificationId: string,
  code: string,
  onWrongCode: (uid: string, outcome: WrongCodeOutcome) => Promise<void>,
  alongside: (batch: WriteBatch) => void = () => undefined,
  now = Date.now(),
) {
  const { uid, nonce, ref } = await locateVerification(type, verificationId);
  // Independent reads, together; their refusals in the order the holder should hear them.
  const bound = boundToRequest(type);
  const [live, limits] = await Promise.allSettled([
    readLiveRecord(ref, nonce, now),
    bound ? Promise.resolve(null) : assertNotBlocked(type, uid, now),
  ]);
  if (live.status === 'rejected') throw live.reason;
  const before = live.value;
  if (before.guesses >= CODE_MAX_WRONG_ENTRIES) throw new ApiError('code-exhausted');
  if (limits.status === 'rejected') throw limits.reason;
  const requester = bound ? (before.requester ?? null) : null;
  if (requester) await assertRequesterMayGuess(requester, 'code-exhausted');

  const record = await countAndReadBack(ref, { guesses: FieldValue.increment(1) }, { makes: false });
  // A new login may have replaced the record between the two reads.
  if (!record || record.nonceHash !== before.nonceHash) throw new ApiError('code-superseded');
  if (record.guesses > CODE_MAX_WRONG_ENTRIES) throw new ApiError('code-exhausted');

  if (!sameHash(record.codeHash, codeHash(nonce, code))) {
    const { block, warns, blockedUntil } = bound ? await countRequesterWrongCode(requester, now) : await countWrongCode(type, uid, now);
    const remainingAttempts = CODE_MAX_WRONG_ENTRIES - record.guesses;
    const answer = block ?? (remainingAttempts === 0 ? 'code-exhausted' : 'code-wrong');
    // Reset codes need only the address: their blocks warn nobody that the password is known.
    await onWrongCode(uid, { code: answer, warns: warns && limitsOf(type) === 'login-otp', blockedUntil });
    throw new ApiError(answer, answer === 'code-wrong' ? { remainingAttempts } : {});
  }
  // One batch: create() of the used nonce first, so exactly one request uses the code; on Cloud
  // Firestore the batch is atomic, and the embedded emulator applies it in order, stopping at the
  // create() that fails. A loser's mark would say only what is true anyway.
  const batch = firestore().batch();
  batch.create(usedVerificationRef(record.nonceHash), { uid, usedAt: toTimestamp(now), deleteAt: record.deleteAt });
  batch.update(ref, { usedAt: toTimestamp(now), usedNonceHash: record.nonceHash });
  if (limits.value) clearWrongCodes(batch, type, uid, limits.value);
  alongside(batch);
  try {
    await batch.commit();
  } catch {
    throw new ApiError('code-used'); // another request used it first
  }
  if (requester) await endRequesterRow(requester);
  return { uid, target: record.target ?? null };
}

/**
 * The new address a live verification proves, without using a guess: so a
 * form can refuse what it would refuse after the code (a password equal to
 * that address) before the code is spent. Null for anything not live.
 */
export async function verificationTarget(type: VerificationType, verificationId: string, now = Date.now()): Promise<string | null> {
  return locateVerification(type, verificationId)
    .then(({ ref, nonce }) => readLiveRecord(ref, nonce, now))
    .then(
      (record) => record.target ?? null,
      () => null,
    );
}

/** The account a login or address-change verification id names, read from the id alone (it checks nothing). */
export const verificationAccount = (verificationId: string) => parseVerificationId(verificationId).uid;
