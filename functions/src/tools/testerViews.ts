import type { DocumentData, DocumentReference } from 'firebase-admin/firestore';
import { CODE_MAX_WRONG_ENTRIES } from '@hellowork/contracts';
import { mailsInSpan, mailWindowOf } from '../limits/mailWindows';
import { currentWindow, lockedUntilOf, windowField } from '../limits/lockWindows';
import { lockedUntilReset, streakCount, streakOf } from '../login/passwordStreak';
import { guardMemory } from '../limits/windowLock';
import { sessionState } from '../sessions/sessionRules';
import { applyReRegistration, isApplyingClaim } from '../reRegistration/hold';
import { isUsed } from '../verification/verification';
import { blockOf, wrongInARow } from '../verification/verificationLimits';
import {
  codeLimitsRef,
  jobSeekerIdentityRef,
  loginGuardRef,
  reRegistrationGuardRef,
  reRegistrationHoldsOf,
  sessionsOf,
  trustedDevicesOf,
  verificationsOf,
} from '../data/collections';
import type { TrustedDeviceRecord, VerificationType } from '../data/records';

/*
 * What the local tester console shows of an account, read with the rules the
 * functions decide by, and the locks it lets a tester lift: here, so that no
 * module of the functions carries code only a tool runs.
 */

/** A window lock as a tester sees it: wrong answers in the current window, and until when it holds, if it does. */
export function windowLockOf(data: DocumentData, now: number): { failures: number; lockedUntil: number | null } {
  const window = currentWindow(data, now);
  return { failures: (data[windowField('attempts', window)] as number | undefined) ?? 0, lockedUntil: lockedUntilOf(data, window) ?? null };
}

/** Lifts a window lock as a right answer would: its current window, if it counted any, ends. */
async function endLockWindow(ref: DocumentReference, now: number): Promise<void> {
  const data = (await ref.get()).data();
  if (data && windowLockOf(data, now).failures > 0) await ref.update({ [windowField('closed', currentWindow(data, now))]: true });
}

/**
 * Wrong passwords in a row that the login id has already had, `count` more, as if each had been a stranger's
 * guess with every window's lock waited out: the count the login guard keeps goes up, and no window is left
 * locked. For tests about what comes next (lockout.test.ts makes the 100 one by one).
 */
export const addWrongPasswordsInARow = (loginId: string, count: number, now = Date.now()) =>
  loginGuardRef(loginId).set({ ...streakCount(count), ...guardMemory(now) }, { merge: true });

/** The login id's locks: its window, and wrong passwords in a row toward the lock until reset. */
export async function readLoginLocks(loginId: string, now = Date.now()) {
  const guard = (await loginGuardRef(loginId).get()).data() ?? {};
  return { ...windowLockOf(guard, now), inARow: Math.max(0, streakOf(guard)), untilReset: lockedUntilReset(guard) };
}

/** An account's newest code of one purpose: never the code, only its times and the wrong entries left. */
export async function readVerificationState(type: VerificationType, uid: string) {
  const record = (await verificationsOf(uid).get()).docs
    .map((doc) => doc.data())
    .filter((candidate) => candidate.type === type)
    .sort((a, b) => b.createdAt.toMillis() - a.createdAt.toMillis())[0];
  if (!record) return null;
  return {
    type: record.type,
    /** The new address a code went to, if it went to one (never secret: the tester typed it). */
    target: record.target ?? null,
    sentAt: record.createdAt.toMillis(),
    expiresAt: record.expiresAt.toMillis(),
    usedAt: isUsed(record) ? record.usedAt!.toMillis() : null,
    wrongEntriesLeft: Math.max(0, CODE_MAX_WRONG_ENTRIES - record.guesses),
  };
}

/** An account's limits across codes of one purpose: the count in a row goes on across blocks. */
export async function readCodeLimitsState(type: VerificationType, uid: string, now = Date.now()) {
  const record = (await codeLimitsRef(type, uid).get()).data();
  if (!record) return { wrongInARow: 0, blocked: false, blockedUntil: null, needsNewPassword: false, mailsInWindow: 0 };
  const block = blockOf(type, record, now);
  return {
    wrongInARow: wrongInARow(record),
    blocked: block === 'code-blocked',
    blockedUntil: block === 'code-blocked' ? (record.blockedUntil?.toMillis() ?? null) : null,
    needsNewPassword: block === 'code-reset-required',
    mailsInWindow: mailsInSpan(record, mailWindowOf(record.origin.toMillis(), now)),
  };
}

/** An account's trusted browsers, expired ones too, each with its own lock. */
export async function readTrustedDevicesState(uid: string, now = Date.now()) {
  const snapshot = await trustedDevicesOf(uid).get();
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

/** Lifts every trusted browser's own password lock. */
export async function unlockTrustedDevices(uid: string, now = Date.now()): Promise<void> {
  const snapshot = await trustedDevicesOf(uid).get();
  for (const doc of snapshot.docs) await endLockWindow(doc.ref, now);
}

/** An account's sessions, oldest first, each with what it allows now. */
export async function readSessions(uid: string, now = Date.now()) {
  const snapshot = await sessionsOf(uid).get();
  return snapshot.docs
    .map((doc) => ({ id: doc.id, record: doc.data() }))
    .sort((a, b) => a.record.createdAt.toMillis() - b.record.createdAt.toMillis())
    .map(({ id, record }) => ({
      id,
      label: record.label,
      secondFactor: record.secondFactor,
      createdAt: record.createdAt.toMillis(),
      lastSeenAt: record.lastSeenAt.toMillis(),
      state: sessionState(record.createdAt.toMillis(), record.lastSeenAt.toMillis(), now),
    }));
}

/** Whether a 求職番号 has an account (the console refuses a second one). */
export const findIdentity = async (jobSeekerNumber: string) => (await jobSeekerIdentityRef(jobSeekerNumber).get()).data() ?? null;

/** Lifts a 求職番号's lock on wrong 求職番号/生年月日. */
export const clearIdentityLock = (jobSeekerNumber: string) => reRegistrationGuardRef(jobSeekerNumber).delete();

/** The account's held re-registration, if any: the new address and when it takes effect (never the cancel code). */
export async function readReRegistrationHold(uid: string) {
  const hold = (await reRegistrationHoldsOf(uid).get()).docs[0]?.data();
  return hold ? { newAddress: hold.newAddress, takesEffectAt: hold.takesEffectAt.toMillis() } : null;
}

/** Ends the account's hold at once, as its time would: the re-registration takes effect. Whether there was one. */
export async function endReRegistrationHold(uid: string, now = Date.now()): Promise<boolean> {
  const hold = (await reRegistrationHoldsOf(uid).get()).docs.find((doc) => !isApplyingClaim(doc.id));
  return hold ? applyReRegistration(hold.id, undefined, now, { early: true }) : false;
}
