import { randomInt } from 'node:crypto';
import { DAY_MS, HOUR_MS, RE_REGISTRATION_CANCEL_CODE_DIGITS, RE_REGISTRATION_HOLD_HOURS } from '@hellowork/contracts';
import { readJobSeeker } from '../account/jobSeeker';
import { reRegisteredMail } from '../account/addressMails';
import { changeLoginAddress } from '../account/newAddress';
import { collections, reRegistrationHoldRef, reRegistrationHoldsOf } from '../data/collections';
import type { ReRegistrationHoldRecord } from '../data/records';
import { endEverySignIn } from '../passwords/newPassword';
import { hashPassword } from '../passwords/passwordHash';
import { queueMail, queueNotice } from '../followUps/queue';
import { firestore, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { reRegistrationCancelledMail, reRegistrationHeldMail } from './holdMails';

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
  for (const doc of earlier.docs) batch.delete(doc.ref);
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

/**
 * The hold is over: the account logs in with the new address and password only; every session, trusted
 * browser and open code ends, the locks of both addresses lift, and the old address is told. Claimed by
 * deleting the hold record (exists: true), so a cancel at the same moment and this apply cannot both win.
 * `early` is the tester console's: at once. Answers whether it applied anything.
 */
export async function applyReRegistration(holdId: string, userAgent: string | undefined, now = Date.now(), { early = false } = {}) {
  const ref = holdRef(holdId);
  const hold = (await ref.get()).data() as ReRegistrationHoldRecord | undefined;
  if (!hold || (!early && hold.takesEffectAt.toMillis() > now)) return false;
  if (
    !(await ref.delete({ exists: true }).then(
      () => true,
      () => false,
    ))
  )
    return false;
  const { email: oldAddress } = await readJobSeeker(hold.uid);
  await changeLoginAddress(hold.uid, oldAddress, hold.newAddress, hold.passwordHash, now);
  await endEverySignIn(hold.uid, [oldAddress, hold.newAddress], 're-registered', userAgent, now);
  if (oldAddress !== hold.newAddress) await queueNotice(hold.uid, reRegisteredMail(oldAddress, now));
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
