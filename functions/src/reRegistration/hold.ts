import { randomInt } from 'node:crypto';
import { DAY_MS, HOUR_MS, RE_REGISTRATION_CANCEL_CODE_DIGITS, RE_REGISTRATION_HOLD_HOURS } from '@hellowork/contracts';
import { readJobSeeker } from '../account/jobSeeker';
import { reRegisteredMail } from '../account/addressMails';
import { changeLoginAddress } from '../account/newAddress';
import { collections, loginAccountRef, reRegistrationHoldRef, reRegistrationHoldsOf } from '../data/collections';
import type { ReRegistrationHoldRecord } from '../data/records';
import { endEverySignIn } from '../passwords/newPassword';
import { hashPassword } from '../passwords/passwordHash';
import { queueMail, queueNotice } from '../followUps/queue';
import { firestore, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { reRegistrationCancelledMail, reRegistrationFailedMail, reRegistrationHeldMail } from './holdMails';

/*
 * アカウントを再登録 proves the 求職番号 and 生年月日, which are on paper: whoever
 * holds them would take the account at once. So a completed re-registration
 * is held for 72 hours: the old address and password keep working, the old
 * address is mailed a cancel code at once, and only then do the new address
 * and password take effect (the follow-up queue, scheduled for that time).
 * One hold per account; its record is named by a keyed hash of its cancel code.
 */

const HOLD_MS = RE_REGISTRATION_HOLD_HOURS * HOUR_MS;
const holdRef = (holdId: string) => firestore().collection(collections.reRegistrationHolds).doc(holdId);
/** The cancel code: digits from the CSPRNG, a few at a time (randomInt's range ends below 2^48). */
const randomCancelCode = () =>
  Array.from({ length: RE_REGISTRATION_CANCEL_CODE_DIGITS / 4 }, () => String(randomInt(0, 10_000)).padStart(4, '0')).join('');

/**
 * Holds a re-registration whose code and password were right: replaces any earlier hold of the account,
 * and mails the old address the time it takes effect and the cancel code (through the follow-up queue, which
 * retries it through a mail server outage; if the queue cannot take it, there is no hold). Returns the hold's
 * id, for the task that applies it, and when it takes effect.
 */
export async function holdReRegistration(
  uid: string,
  newAddress: string,
  newPassword: string,
  userAgent: string | undefined,
  now = Date.now(),
) {
  const [{ email: oldAddress }, passwordHash, earlier] = await Promise.all([
    readJobSeeker(uid),
    hashPassword(newPassword),
    reRegistrationHoldsOf(uid).get(),
  ]);
  const cancelCode = randomCancelCode();
  const takesEffectAt = now + HOLD_MS;
  const ref = reRegistrationHoldRef(cancelCode);
  const hold: ReRegistrationHoldRecord = {
    uid,
    newAddress,
    passwordHash,
    heldAt: toTimestamp(now),
    takesEffectAt: toTimestamp(takesEffectAt),
    deleteAt: toTimestamp(takesEffectAt + DAY_MS),
  };
  const batch = firestore().batch();
  for (const doc of earlier.docs) if (!isApplyingClaim(doc.id)) batch.delete(doc.ref);
  batch.create(ref, hold);
  await batch.commit();
  try {
    await queueMail(uid, reRegistrationHeldMail(oldAddress, now, takesEffectAt, cancelCode));
  } catch (error) {
    await ref.delete();
    throw error;
  }
  await recordSecurityEvents(uid, [{ type: 're-registration-held' }], userAgent, now);
  return { holdId: ref.id, takesEffectAt };
}

/** A hold being applied is claimed under this id: the hold itself is gone (no cancel can win), the claim stays until done. */
const claimId = (holdId: string) => `applying_${holdId}`;
export const isApplyingClaim = (id: string) => id.startsWith('applying_');

/**
 * Claims a due hold for applying: in one batch, delete() of the hold (exists: true, so a cancel at the same
 * moment and this cannot both win) and create() of its claim, which keeps what the apply needs until it is
 * done. Answers the claim (also one an earlier attempt made, once the hold is due), or null when the hold was
 * cancelled, replaced, applied or is not yet due; a failure of anything else is thrown, so the task is tried again.
 */
async function claimHold(holdId: string, now: number, early: boolean): Promise<ReRegistrationHoldRecord | null> {
  const claimRef = holdRef(claimId(holdId));
  const earlierClaim = (await claimRef.get()).data() as ReRegistrationHoldRecord | undefined;
  // A claim the tester console made early is its own to finish: a task for a hold not yet due leaves it
  // (the emulator's queue runs the due task at once, and it applied the hold a second time, beside the console).
  if (earlierClaim) return early || earlierClaim.takesEffectAt.toMillis() <= now ? earlierClaim : null;
  const ref = holdRef(holdId);
  const hold = (await ref.get()).data() as ReRegistrationHoldRecord | undefined;
  if (!hold || (!early && hold.takesEffectAt.toMillis() > now)) return null;
  const claim: ReRegistrationHoldRecord = { ...hold, oldAddress: (await readJobSeeker(hold.uid)).email };
  const batch = firestore().batch();
  batch.delete(ref, { exists: true });
  batch.create(claimRef, claim);
  try {
    await batch.commit();
    return claim;
  } catch (error) {
    const [claimed, held] = await Promise.all([claimRef.get(), ref.get()]);
    if (claimed.exists) return claimed.data() as ReRegistrationHoldRecord;
    if (!held.exists) return null; // cancelled or replaced meanwhile
    throw error;
  }
}

/**
 * The hold is over: the account logs in with the new address and password only; every session, trusted
 * browser and open code ends, the locks of both addresses lift, and the old address is told. Idempotent
 * from its claim (claimHold) on, so a task retried after any failure finishes the work; if the new address
 * was taken meanwhile, nothing changes and both addresses are told. `early` is the tester console's: at
 * once. Answers whether it applied anything.
 */
export async function applyReRegistration(holdId: string, userAgent: string | undefined, now = Date.now(), { early = false } = {}) {
  const claim = await claimHold(holdId, now, early);
  if (!claim) return false;
  const { uid, newAddress, passwordHash, oldAddress = newAddress } = claim;
  const { email: current } = await readJobSeeker(uid);
  // A retry after the move: the account is at the new address with the new password already.
  const moved = current === newAddress && (await loginAccountRef(newAddress).get()).data()?.passwordHash === passwordHash;
  if (!moved) {
    try {
      await changeLoginAddress(uid, current, newAddress, passwordHash, now);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'email-unavailable')) throw error;
      await Promise.all([
        queueNotice(uid, reRegistrationFailedMail(oldAddress, now)),
        queueNotice(uid, reRegistrationFailedMail(newAddress, now)),
      ]);
      await holdRef(claimId(holdId)).delete();
      return false;
    }
  }
  await endEverySignIn(uid, [oldAddress, newAddress], 're-registered', userAgent, now);
  if (oldAddress !== newAddress) await queueNotice(uid, reRegisteredMail(oldAddress, now));
  await holdRef(claimId(holdId)).delete();
  return true;
}

/** 再登録の取り消し: the cancel code ends the hold, and nothing changes; the old address is told. */
export async function cancelHeldReRegistration(cancelCode: string, userAgent: string | undefined, now = Date.now()) {
  const ref = reRegistrationHoldRef(cancelCode);
  const hold = (await ref.get()).data();
  if (
    !hold ||
    !(await ref.delete({ exists: true }).then(
      () => true,
      () => false,
    ))
  )
    throw new ApiError('cancel-code-wrong');
  const { email } = await readJobSeeker(hold.uid);
  await Promise.all([
    queueNotice(hold.uid, reRegistrationCancelledMail(email, now)),
    recordSecurityEvents(hold.uid, [{ type: 're-registration-cancelled' }], userAgent, now),
  ]);
}
