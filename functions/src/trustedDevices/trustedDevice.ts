import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { DocumentSnapshot, WriteBatch } from 'firebase-admin/firestore';
import type { Request } from 'firebase-functions/https';
import { DAY_MS, TRUSTED_DEVICE_MAX_DAYS, trustedDeviceIdPattern, type TrustedDeviceView } from '@hellowork/contracts';
import { trustedDevicesOf, UID_PATTERN } from '../data/collections';
import type { TrustedDeviceRecord } from '../data/records';
import { asRead, type ReadRecord } from '../data/compareAndSet';
import { isLocked } from '../limits/windowLock';
import { lockedUntilReset } from '../login/passwordStreak';
import { firestore, toIso, toTimestamp } from '../platform/firebase';
import { keyedHash, randomToken, sameHash } from '../platform/secrets';
import { deviceLabel } from './deviceLabel';

/*
 * A trusted device is a browser allowed to skip the OTP for up to 90 days; why
 * the secret lives as it does: docs/decisions/0004-trusted-device-cookie.md.
 * Each cookie entry names the account it trusts, so the login reads its record
 * together with the account's, in one round trip; it counts only for that
 * account, so one account's secret never skips another's OTP. The record
 * also holds the browser's own password lock (login/lockout.ts), so a
 * stranger's lock of the login id does not keep the holder out of a browser
 * the holder trusted.
 */

/** The only cookie Firebase Hosting forwards to functions. */
const DEVICE_COOKIE = '__session';
const MAX_ENTRIES = 5;
const TRUST_MS = TRUSTED_DEVICE_MAX_DAYS * DAY_MS;

/** One account's trust on this browser: `uid.deviceId.secret` in the cookie. */
export type DeviceEntry = { uid: string; deviceId: string; secret: string };
const ENTRY = new RegExp(`^(${UID_PATTERN})\\.([^.]*)\\.([A-Za-z0-9_-]{43})$`);

const secretHash = (secret: string) => keyedHash('trusted-device', secret);

export function readDeviceEntries(req: Request): DeviceEntry[] {
  const value = parseCookies(req.get('cookie') ?? '')[DEVICE_COOKIE] ?? '';
  return (
    value
      .split('~')
      .map((entry) => ENTRY.exec(entry))
      // The contract's id pattern: an id Firestore would refuse (__…__) is no trust, not a failed login.
      .filter((match): match is RegExpExecArray => match !== null && trustedDeviceIdPattern.test(match[2]!))
      .map((match) => ({ uid: match[1]!, deviceId: match[2]!, secret: match[3]! }))
      .slice(0, MAX_ENTRIES)
  );
}

/** Set-Cookie value holding the entries: HttpOnly so no page script reads it, Strict so no other site sends it. */
export function deviceCookie(entries: DeviceEntry[]): string {
  const written = (entry: DeviceEntry) => `${entry.uid}.${entry.deviceId}.${entry.secret}`;
  return serializeCookie(DEVICE_COOKIE, entries.map(written).join('~'), {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/api',
    maxAge: TRUST_MS / 1000,
  });
}

/** A fresh device id; drawn again in the one-in-16-million case that Firestore would refuse it. */
function newDeviceId(): string {
  const id = randomToken(16);
  return trustedDeviceIdPattern.test(id) ? id : newDeviceId();
}

const deviceRef = (uid: string, entry: DeviceEntry) => trustedDevicesOf(uid).doc(entry.deviceId);

/** The records this browser's cookie names, read before the account is known (alongside it), in the cookie's order. */
export type CookieDevices = { entries: DeviceEntry[]; snapshots: DocumentSnapshot[] };
export async function readCookieDevices(req: Request): Promise<CookieDevices> {
  const entries = readDeviceEntries(req);
  return { entries, snapshots: entries.length ? await firestore().getAll(...entries.map((entry) => deviceRef(entry.uid, entry))) : [] };
}

/**
 * The trusted device of this account that this browser proves, if any, still
 * valid and not locked by its own wrong passwords (conservatively, a locked
 * browser's trust is no use until its lock lifts; after its own 100 in a row,
 * until a new password ends its trust). An expired one is deleted.
 */
export async function findTrustedDevice(uid: string, { entries, snapshots }: CookieDevices, now = Date.now()): Promise<ReadRecord | null> {
  const candidates = entries.map((entry, index) => ({ entry, snapshot: snapshots[index]! })).filter(({ entry }) => entry.uid === uid);
  for (const { entry, snapshot } of candidates) {
    const record = snapshot.data() as TrustedDeviceRecord | undefined;
    if (!record || !sameHash(record.secretHash, secretHash(entry.secret))) continue;
    if (record.expiresAt.toMillis() <= now) {
      await snapshot.ref.delete();
      continue;
    }
    if (isLocked(record, now) || lockedUntilReset(record)) continue;
    return asRead(snapshot);
  }
  return null;
}

/** The browser skipped the OTP now (shown in 各種設定): written with the end of its lock window. */
export const deviceUsed = (now = Date.now()) => ({ lastUsedAt: toTimestamp(now) });

/**
 * Trusts this browser for the account: `write` adds its record to the caller's batch (the one that uses the
 * login code, so a new password that voided the code first leaves no trusted browser behind); returns the
 * cookie entries to set and what the notice mail needs.
 */
export function trustDevice(uid: string, userAgent: string | undefined, entries: DeviceEntry[], now = Date.now()) {
  const entry: DeviceEntry = { uid, deviceId: newDeviceId(), secret: randomToken(32) };
  const expiresAt = toTimestamp(now + TRUST_MS);
  const record: TrustedDeviceRecord = {
    secretHash: secretHash(entry.secret),
    label: deviceLabel(userAgent),
    createdAt: toTimestamp(now),
    lastUsedAt: toTimestamp(now),
    expiresAt,
    deleteAt: expiresAt,
  };
  return {
    label: record.label,
    cookie: deviceCookie([entry, ...entries].slice(0, MAX_ENTRIES)),
    write: (batch: WriteBatch) => batch.create(trustedDevicesOf(uid).doc(entry.deviceId), record),
  };
}

/** Every trusted device of the account that has not expired, newest first. */
export async function listTrustedDevices(uid: string, currentEntries: DeviceEntry[], now = Date.now()) {
  const snapshot = await trustedDevicesOf(uid).get();
  const currentIds = new Set(currentEntries.map((entry) => entry.deviceId));
  return snapshot.docs
    .map((doc) => ({ id: doc.id, record: doc.data() as TrustedDeviceRecord }))
    .filter(({ record }) => record.expiresAt.toMillis() > now)
    .sort((a, b) => b.record.createdAt.toMillis() - a.record.createdAt.toMillis())
    .map(({ id, record }): TrustedDeviceView => ({
      id,
      label: record.label,
      createdAt: toIso(record.createdAt)!,
      lastUsedAt: toIso(record.lastUsedAt)!,
      expiresAt: toIso(record.expiresAt)!,
      current: currentIds.has(id),
    }));
}

/** Revokes one trusted device; false when the account has no such device. */
export async function revokeTrustedDevice(uid: string, deviceId: string): Promise<boolean> {
  const ref = trustedDevicesOf(uid).doc(deviceId);
  if (!(await ref.get()).exists) return false;
  await ref.delete();
  return true;
}

/** Revokes every trusted device of the account: the next login anywhere asks for an OTP. */
export async function revokeAllTrustedDevices(uid: string): Promise<number> {
  const snapshot = await trustedDevicesOf(uid).get();
  const batch = firestore().batch();
  snapshot.docs.forEach((doc) => batch.delete(doc.ref));
  await batch.commit();
  return snapshot.size;
}
