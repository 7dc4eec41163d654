import { logger } from 'firebase-functions';
import type { QuerySnapshot, WriteBatch } from 'firebase-admin/firestore';
import {
  DAY_MS,
  SECURITY_EVENT_RETENTION_DAYS,
  SECURITY_HISTORY_LOGINS,
  SECURITY_HISTORY_SIZE,
  type SecondFactor,
  type SecurityEventType,
  type SecurityEventView,
} from '@hellowork/contracts';
import { securityEventsOf } from '../data/collections';
import type { SecurityEventRecord } from '../data/records';
import { firestore, toIso, toTimestamp } from '../platform/firebase';
import { deviceLabel } from '../trustedDevices/deviceLabel';

/*
 * The audit trail: what happened to an account, in users/{uid}/securityEvents,
 * kept a year by a TTL field, and the same fields as a structured log line
 * for operators. The client is described coarsely (browser and OS from a fixed
 * list); no IP address, secret, code or password is ever written.
 */

export type SecurityEvent = { type: SecurityEventType; secondFactor?: SecondFactor };

/** Adds the events of one request, in the order given, to a batch of the caller's. */
export function addSecurityEvents(
  batch: WriteBatch,
  uid: string,
  events: SecurityEvent[],
  userAgent: string | undefined,
  now = Date.now(),
) {
  const client = deviceLabel(userAgent);
  events.forEach(({ type, secondFactor = null }, seq) => {
    logger.info('security event', { uid, type, secondFactor, client, at: new Date(now).toISOString() });
    batch.create(securityEventsOf(uid).doc(), {
      at: toTimestamp(now),
      seq,
      type,
      secondFactor,
      client,
      deleteAt: toTimestamp(now + SECURITY_EVENT_RETENTION_DAYS * DAY_MS),
    });
  });
}

/** Records the events of one request, in the order given, in one batch. */
export async function recordSecurityEvents(uid: string, events: SecurityEvent[], userAgent: string | undefined, now = Date.now()) {
  const batch = firestore().batch();
  addSecurityEvents(batch, uid, events, userAgent, now);
  await batch.commit();
}

const newestFirst = (snapshot: QuerySnapshot<SecurityEventRecord>): SecurityEventView[] =>
  snapshot.docs
    .map((doc) => doc.data())
    .sort((a, b) => b.at.toMillis() - a.at.toMillis() || b.seq - a.seq)
    .map(({ at, type, secondFactor, client }) => ({ at: toIso(at)!, type, secondFactor, client }));

/** ログイン履歴: the account's newest events, newest first. */
export async function listSecurityEvents(uid: string): Promise<SecurityEventView[]> {
  return newestFirst(await securityEventsOf(uid).orderBy('at', 'desc').limit(SECURITY_HISTORY_SIZE).get());
}

/** The account's newest successful logins, newest first (the index previousLoginTime uses). */
export async function listLogins(uid: string): Promise<SecurityEventView[]> {
  return newestFirst(await securityEventsOf(uid).where('type', '==', 'login').orderBy('at', 'desc').limit(SECURITY_HISTORY_LOGINS).get());
}

/**
 * 前回のログイン日時: the login before the newest one, from the audit trail
 * itself, so a login writes no "last login" field of its own (one read and
 * one write fewer per login, two reads more per home; firestore.indexes.json).
 */
export async function previousLoginTime(uid: string): Promise<string | null> {
  const snapshot = await securityEventsOf(uid).where('type', '==', 'login').orderBy('at', 'desc').limit(2).get();
  return toIso(snapshot.docs[1]?.data().at) ?? null;
}
