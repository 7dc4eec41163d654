import type { WriteBatch } from 'firebase-admin/firestore';
import { jobSeekerRef } from '../data/collections';
import { changedSinceRead, CONTENDED_ATTEMPTS, readRecord, type ReadRecord } from '../data/compareAndSet';
import { otpMail } from '../otp/otpMail';
import { newVerification } from '../verification/verification';
import { readCodeLimits, reserveCodeMailIn } from '../verification/verificationLimits';
import { checkPassword, findLoginAccount, replaceRead, standInUid, type LoginAccount } from '../passwords/passwords';
import { enqueueFollowUp } from '../followUps/queue';
import { firestore } from '../platform/firebase';
import { ApiError, apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { addSecurityEvents, recordSecurityEvents } from '../securityEvents/securityEvents';
import { createSession } from '../sessions/session';
import { deviceUsed, findTrustedDevice, readCookieDevices } from '../trustedDevices/trustedDevice';
import { countRightPasswordIn, readLoginGuard, takeDeviceCheck, takeLoginIdCheck, wrongPassword, type PasswordCheck } from './lockout';

/*
 * Firestore round trips before the answer (docs/performance.md): a trusted browser's login 3 (the reads; the
 * check's count; the session's batch), an OTP login 4 (the reads; the check's count with the reads the code
 * needs; one batch that ends the check's window, counts the mail and saves the code; the audit line once the
 * mail is out).
 */

/** Step ①–④: e-mail and password; then either straight in (trusted browser) or an OTP by mail. */
export const login = apiFunction('login', async ({ email, password }, { req }) => {
  const now = Date.now();
  const userAgent = req.get('user-agent');
  // Independent reads, together (the browser's trusted devices too, for any address alike); the check is
  // counted on the record as read here (a compare-and-set).
  const [account, guard, cookieDevices] = await Promise.all([findLoginAccount(email), readLoginGuard(email), readCookieDevices(req)]);

  // A browser the holder trusted counts its wrong passwords on its own record,
  // so a stranger's lock of the login id does not keep the holder out of it.
  // Looked up for an address without an account too (under its stand-in uid,
  // where nothing is ever trusted): the same reads, so the same time.
  const uid = account?.uid ?? standInUid(email);
  const device = await findTrustedDevice(uid, cookieDevices, now);
  // With the count, the records a code would need, for an address without an account alike.
  const [check, forCode] = await Promise.all([
    device ? takeDeviceCheck(device, now) : takeLoginIdCheck(guard, now),
    device ? null : Promise.all([jobSeekerRef(uid).get(), readCodeLimits('login-otp', uid)]),
  ]);

  const checked = await checkPassword(email, account, password, now);
  if (!checked) {
    // Its audit lines queued for every address alike (written only for accounts, it would show in the timing).
    throw await wrongPassword(check, 'invalid-credentials', (events) =>
      enqueueFollowUp({ kind: 'security-events', uid: account?.uid ?? null, events, userAgent: userAgent ?? null, now }),
    );
  }

  if (device) {
    // One update of the browser's record ends its lock window and its count in a row, and says it skipped the
    // OTP now; in the session's batch, so a browser revoked meanwhile (a new password) makes no session.
    const customToken = await createSession(checked.uid, 'trustedDevice', userAgent, now, (batch) => {
      countRightPasswordIn(batch, check, deviceUsed(now));
      addSecurityEvents(batch, checked.uid, [{ type: 'login', secondFactor: 'trustedDevice' }], userAgent, now);
    });
    return { status: 'signed-in', customToken };
  }

  const [jobSeeker, limits] = forCode!;
  // Only to the address the functions hold for the job seeker, never one from the Auth record.
  const address = jobSeeker.data()?.email;
  if (!address) throw new ApiError('not-found');
  const code = await saveLoginCode(email, checked, check, limits, now);
  try {
    await sendMail(otpMail(address, code.verification.code, code.verification.expiresAt));
  } catch (error) {
    // Nobody can ever receive this code, and no mail went out to count.
    await Promise.all([code.verification.discard(), code.reservation.release()]);
    throw error;
  }
  await recordSecurityEvents(checked.uid, [{ type: 'otp-sent' }], userAgent, now);
  return { status: 'otp-required', verificationId: code.verification.verificationId };
});

/**
 * After a right password, one batch: the check's window and count in a row end, the code mail is counted over
 * the limits record as read, and the code is saved; all of it only while the login record is the one whose
 * password was checked (replaceRead with the fields it has, which writes nothing and keeps its version), so a
 * reset written since, whose voiding of codes may already have run, leaves no code of the old password
 * behind. A batch that lost a race for the limits record reads it again; one that lost it for the login
 * record or the guard (a new password) stops with 'account-changed'.
 */
async function saveLoginCode(email: string, checked: LoginAccount, check: PasswordCheck, limits: ReadRecord, now: number) {
  const verification = newVerification('login-otp', checked.uid, now);
  const ends = (batch: WriteBatch) => {
    countRightPasswordIn(batch, check);
    replaceRead(batch, email, checked, { uid: checked.uid });
  };
  for (let attempt = 0; attempt < CONTENDED_ATTEMPTS; attempt++) {
    const batch = firestore().batch();
    ends(batch);
    let mail;
    try {
      mail = reserveCodeMailIn(batch, 'login-otp', limits, now);
    } catch (refusal) {
      // Blocked: no code, but the right password still ends the check's window (unless a new password
      // ended the guard first: then nothing is left to end, and the block is still the answer).
      const alone = firestore().batch();
      ends(alone);
      await alone.commit().catch((error: unknown) => {
        if (!changedSinceRead(error)) throw error;
      });
      throw refusal;
    }
    if (mail.allowed) verification.saveIn(batch);
    try {
      await batch.commit();
    } catch (error) {
      if (!changedSinceRead(error)) throw error;
      const [account, guard] = await Promise.all([findLoginAccount(email), check.ticket.ref.get()]);
      if (!account?.updateTime.isEqual(checked.updateTime) || !guard.exists) throw new ApiError('account-changed');
      limits = await readRecord(limits.ref);
      continue;
    }
    if (!mail.allowed) throw new ApiError('code-mail-limit');
    return { verification, reservation: mail.reservation };
  }
  throw new ApiError('code-mail-limit');
}
