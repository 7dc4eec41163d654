import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS, OTP_MAX_WRONG_ENTRIES, OTP_VALID_MINUTES } from '@hellowork/contracts';
import { db, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { keyedHash, randomOtpCode, randomToken, sameHash, sha256 } from '../platform/secrets';

/*
 * One verification record per account and purpose (verifications/{type}_{uid}),
 * as in the Epic Stack: a new challenge overwrites the record, so a new login
 * invalidates the previous unused code by construction. The record keeps only
 * a keyed hash of the code. The browser holds an opaque challenge id:
 * "<uid>.<nonce>"; the nonce (256 bits) ties it to this one record version.
 */

export type ChallengeType = 'login-otp';

type ChallengeRecord = {
  type: ChallengeType;
  uid: string;
  nonceHash: string;
  codeHash: string;
  /** Guesses taken so far, including the one being checked (see takeGuess). */
  guesses: number;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  /** TTL field: Firestore deletes the record a day after it expired. */
  expireAt: Timestamp;
  usedAt: Timestamp | null;
};

const verifications = db.collection('verifications');
/** One document per used challenge: create() lets exactly one request use it. */
export const usedChallenges = db.collection('usedVerifications');

/** The record of an account's open challenge of one type (also read by the local tester console and its clock). */
export const challengeRef = (type: ChallengeType, uid: string) => verifications.doc(`${type}_${uid}`);
const codeHash = (nonce: string, code: string) => keyedHash('otp', `${nonce}:${code}`);

/** Creates a challenge, replacing any earlier one of the same account and type. */
export async function createChallenge(type: ChallengeType, uid: string, now = Date.now()) {
  const nonce = randomToken(32);
  const code = randomOtpCode();
  const expiresAt = now + OTP_VALID_MINUTES * MINUTE_MS;
  const record: ChallengeRecord = {
    type,
    uid,
    nonceHash: sha256(nonce),
    codeHash: codeHash(nonce, code),
    guesses: 0,
    createdAt: toTimestamp(now),
    expiresAt: toTimestamp(expiresAt),
    expireAt: toTimestamp(expiresAt + DAY_MS),
    // Written out, not left absent: the replaced record's usedAt must not survive.
    usedAt: null,
  };
  await challengeRef(type, uid).set(record);
  return { challengeId: `${uid}.${nonce}`, code, expiresAt, discard: () => challengeRef(type, uid).delete() };
}

function parseChallengeId(challengeId: string) {
  const match = /^([A-Za-z0-9]{1,128})\.([A-Za-z0-9_-]{43})$/.exec(challengeId);
  if (!match) throw new ApiError('otp-superseded');
  return { uid: match[1]!, nonce: match[2]! };
}

async function readLiveRecord(type: ChallengeType, uid: string, nonce: string, now: number) {
  const record = (await challengeRef(type, uid).get()).data() as ChallengeRecord | undefined;
  if (!record || !sameHash(record.nonceHash, sha256(nonce))) throw new ApiError('otp-superseded');
  if (record.expiresAt.toMillis() <= now) throw new ApiError('otp-expired');
  if (record.usedAt) throw new ApiError('otp-used');
  return record;
}

/**
 * Checks a code against a challenge and uses the challenge up. Each guess
 * first counts itself with FieldValue.increment (atomic on Cloud Firestore and
 * on the embedded emulator alike), then reads the count back: a guess that
 * reads 10 or less is certainly among the first 10, so no more than 10 are
 * ever checked, however many race (a racing guess that cannot prove it is
 * refused). Returns the account's uid.
 */
export async function verifyChallenge(type: ChallengeType, challengeId: string, code: string, now = Date.now()) {
  const { uid, nonce } = parseChallengeId(challengeId);
  const ref = challengeRef(type, uid);
  const before = await readLiveRecord(type, uid, nonce, now);
  if (before.guesses >= OTP_MAX_WRONG_ENTRIES) throw new ApiError('otp-exhausted');

  await ref.update({ guesses: FieldValue.increment(1) });
  const record = (await ref.get()).data() as ChallengeRecord | undefined;
  // A new login may have replaced the record between the two reads.
  if (!record || record.nonceHash !== before.nonceHash) throw new ApiError('otp-superseded');
  if (record.guesses > OTP_MAX_WRONG_ENTRIES) throw new ApiError('otp-exhausted');

  if (!sameHash(record.codeHash, codeHash(nonce, code))) {
    const remainingAttempts = OTP_MAX_WRONG_ENTRIES - record.guesses;
    if (remainingAttempts === 0) throw new ApiError('otp-exhausted');
    throw new ApiError('otp-wrong', { remainingAttempts });
  }
  try {
    await usedChallenges.doc(record.nonceHash).create({ uid, usedAt: toTimestamp(now), expireAt: record.expireAt });
  } catch {
    throw new ApiError('otp-used'); // another request used it first
  }
  await ref.update({ usedAt: toTimestamp(now) });
  return uid;
}

/** What a tester may see of a challenge: never the code, only its times and how many wrong entries are left. */
export async function readChallengeState(type: ChallengeType, uid: string) {
  const record = (await challengeRef(type, uid).get()).data() as ChallengeRecord | undefined;
  if (!record) return null;
  return {
    type: record.type,
    createdAt: record.createdAt.toMillis(),
    expiresAt: record.expiresAt.toMillis(),
    usedAt: record.usedAt?.toMillis() ?? null,
    wrongEntriesLeft: Math.max(0, OTP_MAX_WRONG_ENTRIES - record.guesses),
  };
}
