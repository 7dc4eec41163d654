import { verifyOtpRequestSchema, type VerifyOtpResponse } from '@hellowork/contracts';
import { readAccount } from '../account/account';
import { apiFunction } from '../platform/http';
import { sendNotice } from '../platform/mail';
import { recordSecurityEvents, type SecurityEvent } from '../securityEvents/securityEvents';
import { createSession } from '../sessions/session';
import { readDeviceEntries, trustDevice } from '../trustedDevices/trustedDevice';
import { trustNoticeMail } from '../trustedDevices/trustNoticeMail';
import { verifyCode } from './verification';
import { reportWrongCode } from './wrongCodeReport';

/** Step ⑤–⑦: the code from the mail, and optionally "skip the OTP on this browser from now on". */
export const verifyOtp = apiFunction(
  verifyOtpRequestSchema,
  async ({ verificationId, code, trustThisBrowser }, context): Promise<VerifyOtpResponse> => {
    const { req, res } = context;
    const now = Date.now();
    const userAgent = req.get('user-agent');
    const { uid } = await verifyCode('login-otp', verificationId, code, reportWrongCode(userAgent, now));
    const events: SecurityEvent[] = [
      { type: 'login', secondFactor: 'otp' },
      ...(trustThisBrowser ? [{ type: 'device-trusted' as const }] : []),
    ];
    const [customToken] = await Promise.all([createSession(uid, 'otp', userAgent, now), recordSecurityEvents(uid, events, userAgent, now)]);
    if (trustThisBrowser) {
      const [trusted, account] = await Promise.all([trustDevice(uid, userAgent, readDeviceEntries(req), now), readAccount(uid)]);
      res.append('Set-Cookie', trusted.cookie);
      await sendNotice(uid, trustNoticeMail(account.email, trusted.label, now));
    }
    return { customToken };
  },
);
