import { logger } from 'firebase-functions';
import { verifyOtpRequestSchema, type SecurityEventType, type VerifyOtpResponse } from '@hellowork/contracts';
import { completeLogin, readAccount } from '../account/account';
import { apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { recordSecurityEvents, type SecurityEvent } from '../securityEvents/securityEvents';
import { readDeviceEntries, trustDevice } from '../trustedDevices/trustedDevice';
import { trustNoticeMail } from '../trustedDevices/trustNoticeMail';
import { otpBlockNoticeMail } from './otpMail';
import { verifyCode, type WrongCodeOutcome } from './verification';

const wrongCodeEvents: Record<WrongCodeOutcome['code'], SecurityEventType> = {
  'otp-wrong': 'otp-failure',
  'otp-exhausted': 'otp-exhausted',
  'otp-blocked': 'otp-blocked',
};

/** A notice that cannot be sent must not change the answer the browser gets. */
const sendNotice = (uid: string, mail: Parameters<typeof sendMail>[0]) =>
  sendMail(mail).catch((error: unknown) => logger.warn('Notice not sent', { uid, subject: mail.subject, error: String(error) }));

/** Step ⑤–⑦: the code from the mail, and optionally "skip the OTP on this browser from now on". */
export const verifyOtp = apiFunction(
  verifyOtpRequestSchema,
  async ({ verificationId, code, trustThisBrowser }, { req, res, afterAnswer }): Promise<VerifyOtpResponse> => {
    const now = Date.now();
    const userAgent = req.get('user-agent');
    const uid = await verifyCode('login-otp', verificationId, code, async (wrongUid, { code: answer, warns }) => {
      afterAnswer(() => recordSecurityEvents(wrongUid, [{ type: wrongCodeEvents[answer] }], userAgent, now));
      if (warns) await sendNotice(wrongUid, otpBlockNoticeMail((await readAccount(wrongUid)).email, now));
    });
    const events: SecurityEvent[] = [
      { type: 'login', secondFactor: 'otp' },
      ...(trustThisBrowser ? [{ type: 'device-trusted' as const }] : []),
    ];
    const [{ account, customToken }] = await Promise.all([
      completeLogin(uid, 'otp', userAgent, now),
      recordSecurityEvents(uid, events, userAgent, now),
    ]);
    if (trustThisBrowser) {
      const trusted = await trustDevice(uid, userAgent, readDeviceEntries(req), now);
      res.append('Set-Cookie', trusted.cookie);
      await sendNotice(uid, trustNoticeMail(account.email, trusted.label, now));
    }
    return { customToken };
  },
);
