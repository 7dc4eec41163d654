import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Timestamp } from 'firebase-admin/firestore';
import type { Request } from 'firebase-functions/https';
import { DAY_MS, TRUSTED_DEVICE_MAX_DAYS, trustedDeviceIdPattern, type TrustedDeviceView } from '@hellowork/contracts';
import { endLockWindow, isLocked, windowLockOf, type LockRecord } from '../login/lockout';
import { paths } from '../platform/collections';
import { db, toIso, toTimestamp } from '../platform/firebase';
import { keyedHash, randomToken, sameHash } from '../platform/secrets';
import { deviceLabel } from './deviceLabel';

/*
 * A trusted device is a browser allowed to skip the OTP for up to 90 days; why
 * the secret lives as it does: docs/decisions/0004-trusted-device-cookie.md.
 * Each cookie entry is looked up only under the account that is logging in, so
 * one account's secret never skips another's OTP. The record also holds the browser's own password
 * lock (login/lockout.ts), so a stranger's lock of the login id does not keep
 * the holder out of a browser the holder trusted.
 */

/** The only cookie Firebase Hosting forwards to functions. */
export const DEVICE_COOKIE = '__session';
const MAX_ENTRIES = 5;
const TRUST_MS = TRUSTED_DEVICE_MAX_DAYS * DAY_MS;

type TrustedDeviceRecord = {
  secretHash: string;
  label: string;
  createdAt: Timestamp;
  lastUsedAt: Timestamp;
  expiresAt: Timestamp;
  /** TTL field: Firestore deletes the record once it has expired. */
  expireAt: Timestamp;
};

export type DeviceEntry = { deviceId: string; secret: string };

// Untyped: the lock keeps numbered fields of its own beside the record.
const devicesOf = (uid: string) => db.collection(paths.trustedDevices(uid));
const secretHash = (secret: string) => keyedHash('trusted-device', secret);

export function readDeviceEntries(req: Request): DeviceEntry[] {
  const value = parseCookies(req.get('cookie') ?? '')[DEVICE_COOKIE] ?? '';
  return (
    value
      .split('~')
      .map((entry) => /^([^.]*)\.([A-Za-z0-9_-]{43})$/.exec(entry))
      // The contract's id pattern: an id Firestore would refuse (__…__) is no trust, not a failed login.
      .filter((match): match is RegExpExecArray => match !== null && trustedDeviceIdPattern.test(match[1]!))
      .map((match) => ({ deviceId: match[1]!, secret: match[2]! }))
      .slice(0, MAX_ENTRIES)
  );
}

/** Set-Cookie value holding the entries: HttpOnly so no page script reads it, Strict so no other site sends it. */
export function deviceCookie(entries: DeviceEntry[]): string {
  return serializeCookie(DEVICE_COOKIE, entries.map((entry) => `${entry.deviceId}.${entry.secret}`).join('~'), {
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

/**
 * The trusted device of this account that this browser proves, if any, still
 * valid and not locked by its own wrong passwords (conservatively, a locked
 * browser's trust is no use until its lock lifts). An expired one is deleted.
 */
export async function findTrustedDevice(uid: string, entries: DeviceEntry[], now = Date.now()): Promise<LockRecord | null> {
  if (entries.length === 0) return null;
  const snapshots = await db.getAll(...entries.map((entry) => devicesOf(uid).doc(entry.deviceId)));
  for (const [index, snapshot] of snapshots.entries()) {
    const record = snapshot.data() as TrustedDeviceRecord | undefined;
    if (!record || !sameHash(record.secretHash, secretHash(entries[index]!.secret))) continue;
    if (record.expiresAt.toMillis() <= now) {
      await snapshot.ref.delete();
      continue;
    }
    if (isLocked(record, now)) continue;
    return { ref: snapshot.ref, data: record };
  }
  return null;
}

/** The browser skipped the OTP now (shown in 各種設定): written with the end of its lock window. */
export const deviceUsed = (now = Date.now()) => ({ lastUsedAt: toTimestamp(now) });

/** Trusts this browser for the account; returns the cookie entries to set and what the notice mail needs. */
export async function trustDevice(uid: string, userAgent: string | undefined, entries: DeviceEntry[], now = Date.now()) {
  const entry: DeviceEntry = { deviceId: newDeviceId(), secret: randomToken(32) };
  const expiresAt = toTimestamp(now + TRUST_MS);
  const record: TrustedDeviceRecord = {
    secretHash: secretHash(entry.secret),
    label: deviceLabel(userAgent),
    createdAt: toTimestamp(now),
    lastUsedAt: toTimestamp(now),
    expiresAt,
    expireAt: expiresAt,
  };
  await devicesOf(uid).doc(entry.deviceId).set(record);
  return { label: record.label, cookie: deviceCookie([entry, ...entries].slice(0, MAX_ENTRIES)) };
}

/** Every trusted device of the account that has not expired, newest first. */
export async function listTrustedDevices(uid: string, currentEntries: DeviceEntry[], now = Date.now()) {
  const snapshot = await devicesOf(uid).get();
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
  const ref = devicesOf(uid).doc(deviceId);
  if (!(await ref.get()).exists) return false;
  await ref.delete();
  return true;
}

/** Revokes every trusted device of the account: the next login anywhere asks for an OTP. */
export async function revokeAllTrustedDevices(uid: string): Promise<number> {
  const snapshot = await devicesOf(uid).get();
  const batch = db.batch();
  snapshot.docs.forEach((doc) => batch.delete(doc.ref));
  await batch.commit();
  return snapshot.size;
}

/** What the local tester console shows of an account's trusted browsers, expired ones too, each with its own lock. */
export async function readTrustedDevicesState(uid: string, now = Date.now()) {
  const snapshot = await devicesOf(uid).get();
  return snapshot.docs
    .map((doc) => ({ id: doc.id, data: doc.data(), record: doc.data() as TrustedDeviceRecord }))
    .sort((a, b) => a.record.createdAt.toMillis() - b.record.createdAt.toMillis())
    .map(({ id, data, record }) => ({
      id,
      label: record.label,
      trustedAt: record.createdAt.toMillis(),
      lastUsedAt: record.lastUsedAt.toMillis(),
      expiresAt: record.expiresAt.toMillis(),
      lock: windowLockOf(data, now),
    }));
}

/** Lifts every trusted browser's own password lock (the local tester console's unlock). */
export async function unlockTrustedDevices(uid: string, now = Date.now()): Promise<void> {
  const snapshot = await devicesOf(uid).get();
  for (const doc of snapshot.docs) await endLockWindow(doc.ref, now);
}
