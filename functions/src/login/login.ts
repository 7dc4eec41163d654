import { readJobSeeker } from '../account/jobSeeker';
import { otpMail } from '../otp/otpMail';
import { createVerification } from '../verification/verification';
import { reserveCodeMail } from '../verification/verificationLimits';
import { checkPassword, findLoginAccount, standInUid } from '../passwords/passwords';
import { enqueueFollowUp } from '../followUps/queue';
import { ApiError, apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { createSession } from '../sessions/session';
import { deviceUsed, findTrustedDevice, readCookieDevices } from '../trustedDevices/trustedDevice';
import { countRightPassword, countRightPasswordIn, readLoginGuard, takeDeviceCheck, takeLoginIdCheck, wrongPassword } from './lockout';

/** Step ①–④: e-mail and password; then either straight in (trusted browser) or an OTP by mail. */
export const login = apiFunction('login', async ({ email, password }, { req }) => {
  const now = Date.now();
  const userAgent = req.get('user-agent');
  // Independent reads, together (the browser's trusted devices too, for any address alike);
  // the guard as read here decides its lock below.
  const [account, guard, cookieDevices] = await Promise.all([findLoginAccount(email), readLoginGuard(email), readCookieDevices(req)]);

  // A browser the holder trusted counts its wrong passwords on its own record,
  // so a stranger's lock of the login id does not keep the holder out of it.
  // Looked up for an address without an account too (under its stand-in uid,
  // where nothing is ever trusted): the same reads, so the same time.
  const device = await findTrustedDevice(account?.uid ?? standInUid(email), cookieDevices, now);
  const check = device ? await takeDeviceCheck(device, now) : await takeLoginIdCheck(guard, now);

  const checked = await checkPassword(email, account, password, now);
  if (!checked) {
    // Its audit lines queued for every address alike (written only for accounts, it would show in the timing).
    throw await wrongPassword(check, 'invalid-credentials', (events) =>
      enqueueFollowUp({ kind: 'security-events', uid: account?.uid ?? null, events, userAgent: userAgent ?? null, now }),
    );
  }
  const { uid } = checked;

  if (device) {
    // One update of the browser's record ends its lock window and its count in a row, and says it skipped the
    // OTP now; in the session's batch, so a browser revoked meanwhile (a new password) makes no session.
    const [customToken] = await Promise.all([
      createSession(uid, 'trustedDevice', userAgent, now, (batch) => countRightPasswordIn(batch, check, deviceUsed(now))),
      recordSecurityEvents(uid, [{ type: 'login', secondFactor: 'trustedDevice' }], userAgent, now),
    ]);
    return { status: 'signed-in', customToken };
  }

  // Only to the address the functions hold for the job seeker, never one from the Auth record.
  const [{ email: address }, mail] = await Promise.all([
    readJobSeeker(uid),
    reserveCodeMail('login-otp', uid, now),
    // The login id's window and its count in a row are on the same record: one update ends both.
    countRightPassword(check),
  ]);
  const verification = await createVerification('login-otp', uid, now);
  // A new password written since the check (a reset, whose voiding of codes may have run before this code
  // was saved): this code must not outlive it. Read after the save, so a reset written later voids it.
  if ((await findLoginAccount(email))?.version !== checked.version) {
    await Promise.all([verification.discard(), mail.release()]);
    throw new ApiError('account-changed');
  }
  try {
    await sendMail(otpMail(address, verification.code, verification.expiresAt));
  } catch (error) {
    // Nobody can ever receive this code, and no mail went out to count.
    await Promise.all([verification.discard(), mail.release()]);
    throw error;
  }
  await recordSecurityEvents(uid, [{ type: 'otp-sent' }], userAgent, now);
  return { status: 'otp-required', verificationId: verification.verificationId };
});
