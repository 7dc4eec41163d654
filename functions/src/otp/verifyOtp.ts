import { readJobSeeker } from '../account/jobSeeker';
import { apiFunction } from '../platform/http';
import { queueNotice } from '../followUps/queue';
import { addSecurityEvents, type SecurityEvent } from '../securityEvents/securityEvents';
import { newSession } from '../sessions/session';
import { readDeviceEntries, trustDevice } from '../trustedDevices/trustedDevice';
import { trustNoticeMail } from '../trustedDevices/trustNoticeMail';
import { verificationAccount, verifyCode } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';

/** Step ⑤–⑦: the code from the mail, and optionally "skip the OTP on this browser from now on". */
export const verifyOtp = apiFunction('verifyOtp', async ({ verificationId, code, trustThisBrowser }, context) => {
  const { req, res } = context;
  const now = Date.now();
  const userAgent = req.get('user-agent');
  const events: SecurityEvent[] = [
    { type: 'login', secondFactor: 'otp' },
    ...(trustThisBrowser ? [{ type: 'device-trusted' as const }] : []),
  ];
  const uid = verificationAccount(verificationId);
  const session = newSession(uid, 'otp', userAgent, now);
  const trusted = trustThisBrowser ? trustDevice(uid, userAgent, readDeviceEntries(req), now) : null;
  // The address a trusted browser's notice goes to, read with the code's records.
  const account = trusted ? readJobSeeker(uid) : null;
  // An id naming no account is refused by verifyCode; this read's failure must not go unheard meanwhile.
  account?.catch(() => undefined);
  // The session, the trusted browser and the audit events are written in the batch that uses the code: one
  // round trip, none without the others, and none after a new password voided the code.
  await verifyCode('login-otp', verificationId, code, reportWrongCode(userAgent, now), (batch) => {
    session.write(batch);
    trusted?.write(batch);
    addSecurityEvents(batch, uid, events, userAgent, now);
  });
  // Signed only now: a wrong guess costs no signature.
  const customToken = await session.customToken();
  if (trusted) {
    const { email } = (await account)!;
    res.append('Set-Cookie', trusted.cookie);
    await queueNotice(uid, trustNoticeMail(email, trusted.label, now));
  }
  return { customToken };
});
