import type { WriteBatch } from 'firebase-admin/firestore';
import type { Request } from 'firebase-functions/https';
import { HOUR_MS, SECOND_FACTOR_CLAIM, SESSION_ID_CLAIM, SESSION_MAX_HOURS, secondFactors, type SecondFactor } from '@hellowork/contracts';
import { sessionsOf } from '../data/collections';
import { auth, firestore, foundNoDocument, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { randomToken } from '../platform/secrets';
import { deviceLabel } from '../trustedDevices/deviceLabel';
import { needsTouch, sessionState } from './sessionRules';

/*
 * Sessions end at the server. Each login makes users/{uid}/sessions/{id};
 * the custom token (so every ID token refreshed from it) names that id in a
 * claim, and every protected function checks the record is there and live.
 * Per-session records, not revokeRefreshTokens + checkRevoked: revoking
 * refresh tokens ends every device of the account, where logging out of one
 * browser must leave the others signed in.
 */

/**
 * A session about to start after both steps: its record goes into a batch of
 * the caller's (so it exists only if the rest of that batch does), and its
 * custom token is signed meanwhile (on Cloud Functions that is a round trip to
 * IAM of its own). The token is handed out only once the batch has committed.
 */
export function newSession(uid: string, secondFactor: SecondFactor, userAgent: string | undefined, now = Date.now()) {
  const sessionId = randomToken(16);
  return {
    write: (batch: WriteBatch) =>
      batch.create(sessionsOf(uid).doc(sessionId), {
        secondFactor,
        createdAt: toTimestamp(now),
        lastSeenAt: toTimestamp(now),
        label: deviceLabel(userAgent),
        deleteAt: toTimestamp(now + SESSION_MAX_HOURS * HOUR_MS),
      }),
    customToken: () => auth().createCustomToken(uid, { [SECOND_FACTOR_CLAIM]: secondFactor, [SESSION_ID_CLAIM]: sessionId }),
  };
}

/**
 * Starts a session; returns the custom token that signs the browser in. `alongside`: updates of records the
 * session stands on (a trusted browser's), in the same batch: if one is gone (revoked meanwhile), there is no
 * session ('account-changed'); if it is there, the session exists before anything can delete the record, so
 * whatever ends sessions after deleting it (endEverySignIn) ends this one too.
 */
export async function createSession(
  uid: string,
  secondFactor: SecondFactor,
  userAgent: string | undefined,
  now = Date.now(),
  alongside: (batch: WriteBatch) => void = () => undefined,
) {
  const session = newSession(uid, secondFactor, userAgent, now);
  const batch = firestore().batch();
  session.write(batch);
  alongside(batch);
  const committed = batch.commit().catch((error: unknown) => {
    throw foundNoDocument(error) ? new ApiError('account-changed') : error;
  });
  const [customToken] = await Promise.all([session.customToken(), committed]);
  return customToken;
}

/**
 * The uid and session id a request's ID token names. A token from Firebase
 * Auth's own sign-in carries no second-factor claim and is refused.
 */
async function tokenSession(req: Request): Promise<{ uid: string; sessionId: string }> {
  const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!token) throw new ApiError('unauthenticated');
  let decoded;
  try {
    decoded = await auth().verifyIdToken(token);
  } catch {
    throw new ApiError('unauthenticated');
  }
  const sessionId: unknown = decoded[SESSION_ID_CLAIM];
  if (!secondFactors.includes(decoded[SECOND_FACTOR_CLAIM] as SecondFactor) || typeof sessionId !== 'string' || !sessionId) {
    throw new ApiError('second-factor-required');
  }
  return { uid: decoded.uid, sessionId };
}

/**
 * The uid of a live session that passed both steps: its record exists (not
 * logged out), is under 12 hours old and was used in the last 30 minutes.
 * An ended session's record is kept (its TTL deletes it at 12 hours): it can
 * never be live again, and every request on it, however many race, hears why
 * it ended; deleting it made a screen's second request hear 'unauthenticated'
 * instead, and the login screen lose the reason.
 */
export async function requireSession(req: Request, now = Date.now()): Promise<string> {
  return (await requireLiveSession(req, now)).uid;
}

/** requireSession, and the second factor that session passed. */
export async function requireLiveSession(req: Request, now = Date.now()): Promise<{ uid: string; secondFactor: SecondFactor }> {
  const { uid, sessionId } = await tokenSession(req);
  const ref = sessionsOf(uid).doc(sessionId);
  const record = (await ref.get()).data();
  if (!record) throw new ApiError('unauthenticated');
  const state = sessionState(record.createdAt.toMillis(), record.lastSeenAt.toMillis(), now);
  if (state !== 'live') throw new ApiError(state);
  if (needsTouch(record.lastSeenAt.toMillis(), now)) await ref.update({ lastSeenAt: toTimestamp(now) });
  return { uid, secondFactor: record.secondFactor };
}

/** Logout: deletes the session the token names, live or not; its tokens are refused from now on. */
export async function endRequestSession(req: Request): Promise<void> {
  const { uid, sessionId } = await tokenSession(req);
  await sessionsOf(uid).doc(sessionId).delete();
}

/**
 * Ends every session of the account on every device (password reset or
 * change): deletes the records and revokes Firebase's refresh tokens.
 */
export async function endAllSessions(uid: string): Promise<number> {
  const snapshot = await sessionsOf(uid).get();
  const batch = firestore().batch();
  snapshot.docs.forEach((doc) => batch.delete(doc.ref));
  await batch.commit();
  await auth().revokeRefreshTokens(uid);
  return snapshot.size;
}
