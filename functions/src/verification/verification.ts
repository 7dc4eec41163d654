import type { WriteBatch } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, FIRST_PASSWORD_CODE_VALID_DAYS } from '@hellowork/contracts';
import { UID_PATTERN, verificationRef, verificationsOf, verificationsWithNonce } from '../data/collections';
import { changedSinceRead, CONTENDED_ATTEMPTS, readRecord, writeOver, type ReadRecord } from '../data/compareAndSet';
import type { VerificationRecord, VerificationType } from '../data/records';
import { firestore, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { keyedHash, randomMailedCode, randomToken, sameHash, sha256 } from '../platform/secrets';
import { assertRequesterMayGuess, boundToRequest, countRequesterWrongCode, endRequesterRow } from './requestLimits';
import { assertNotBlocked, clearWrongCodes, countWrongCode, limitsOf, readCodeLimits, type WrongCodeCount } from './verificationLimits';

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
    usedAt: null,
    usedNonceHash: null,
  };
  return {
    verificationId: namesNoAccount(type) ? nonce : `${uid}.${nonce}`,
    code,
    expiresAt,
    save: () => verificationRef(type, uid, nonceHash).set(record),
    /** save() in the caller's batch (the login's, with its mail count): the code exists only if the rest does. */
    saveIn: (batch: WriteBatch) => batch.set(verificationRef(type, uid, nonceHash), record),
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
 * A use is marked on the record with the nonce it is for, as a late write by document could once have spent
 * a newer code; the use is now a compare-and-set on the record as read, so none lands on a replaced record.
 */
export const isUsed = (record: VerificationRecord) => record.usedAt !== null && record.usedNonceHash === record.nonceHash;

function liveRecord({ data, updateTime }: ReadRecord, nonce: string, now: number) {
  const record = data as VerificationRecord;
  if (!updateTime || !sameHash(record.nonceHash, sha256(nonce))) throw new ApiError('code-superseded');
  if (record.expiresAt.toMillis() <= now) throw new ApiError('code-expired');
  if (isUsed(record)) throw new ApiError('code-used');
  return record;
}

/**
 * Checks a code against a verification and uses it up. The guess is counted,
 * and a right code used, in one compare-and-set on the record as read
 * (data/compareAndSet.ts): of the requests that read one count, one commits,
 * and the others read again, so no more than 10 guesses are ever answered
 * however many race, and a code is used once. A wrong code also counts toward
 * the account's limit across codes in that same batch, or a reset code's
 * toward its requester's (requestLimits.ts), and is told to `onWrongCode` with
 * its answer; `warns` is true once per block, for the guess that set it.
 * `alongside` adds the caller's writes to the batch that uses the code: they
 * happen only if this request is the one that uses it. A request that lost
 * every race is answered as if the code had run out of guesses.
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
  const bound = boundToRequest(type);
  // Independent reads, together; their refusals in the order the holder should hear them.
  let [read, limits] = await Promise.all([readRecord(ref), bound ? null : readCodeLimits(type, uid)]);
  let requesterChecked = false;
  for (let attempt = 0; attempt < CONTENDED_ATTEMPTS; attempt++) {
    if (attempt > 0) [read, limits] = await Promise.all([readRecord(ref), limits && readRecord(limits.ref)]);
    const record = liveRecord(read, nonce, now);
    if (record.guesses >= CODE_MAX_WRONG_ENTRIES) throw new ApiError('code-exhausted');
    if (limits) assertNotBlocked(type, limits, now);
    const requester = bound ? (record.requester ?? null) : null;
    if (requester && !requesterChecked) {
      await assertRequesterMayGuess(requester, 'code-exhausted');
      requesterChecked = true;
    }
    const guesses = record.guesses + 1;
    const right = sameHash(record.codeHash, codeHash(nonce, code));
    const batch = firestore().batch();
    let wrong: WrongCodeCount = { block: null, warns: false, blockedUntil: null };
    if (right) {
      writeOver(batch, read, { guesses, usedAt: toTimestamp(now), usedNonceHash: record.nonceHash });
      if (limits) clearWrongCodes(batch, limits);
      alongside(batch);
    } else {
      writeOver(batch, read, { guesses });
      if (limits) {
        const counted = countWrongCode(type, limits, now);
        writeOver(batch, limits, counted.fields);
        wrong = counted.count;
      }
    }
    try {
      await batch.commit();
    } catch (error) {
      if (changedSinceRead(error)) continue;
      throw error;
    }
    if (right) {
      if (requester) await endRequesterRow(requester);
      return { uid, target: record.target ?? null };
    }
    if (bound) wrong = await countRequesterWrongCode(requester, now);
    const remainingAttempts = CODE_MAX_WRONG_ENTRIES - guesses;
    const answer = wrong.block ?? (remainingAttempts === 0 ? 'code-exhausted' : 'code-wrong');
    // Reset codes need only the address: their blocks warn nobody that the password is known.
    await onWrongCode(uid, { code: answer, warns: wrong.warns && limitsOf(type) === 'login-otp', blockedUntil: wrong.blockedUntil });
    throw new ApiError(answer, answer === 'code-wrong' ? { remainingAttempts } : {});
  }
  throw new ApiError('code-exhausted');
}

/**
 * The new address a live verification proves, without using a guess: so a
 * form can refuse what it would refuse after the code (a password equal to
 * that address) before the code is spent. Null for anything not live.
 */
export async function verificationTarget(type: VerificationType, verificationId: string, now = Date.now()): Promise<string | null> {
  return locateVerification(type, verificationId)
    .then(async ({ ref, nonce }) => liveRecord(await readRecord(ref), nonce, now))
    .then(
      (record) => record.target ?? null,
      () => null,
    );
}

/** The account a login or address-change verification id names, read from the id alone (it checks nothing). */
export const verificationAccount = (verificationId: string) => parseVerificationId(verificationId).uid;
