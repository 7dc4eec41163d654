import { logger } from 'firebase-functions';
import { verifyOtpRequestSchema, type VerifyOtpResponse } from '@hellowork/contracts';
import { completeLogin, readAccount } from '../account/account';
import { apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { readDeviceEntries, trustDevice } from '../trustedDevices/trustedDevice';
import { trustNoticeMail } from '../trustedDevices/trustNoticeMail';
import { otpBlockNoticeMail } from './otpMail';
import { verifyCode } from './verification';

/** A notice that cannot be sent must not change the answer the browser gets. */
const sendNotice = (uid: string, mail: Parameters<typeof sendMail>[0]) =>
  sendMail(mail).catch((error: unknown) => logger.warn('Notice not sent', { uid, subject: mail.subject, error: String(error) }));

/** Step ⑤–⑦: the code from the mail, and optionally "skip the OTP on this browser from now on". */
export const verifyOtp = apiFunction(
  verifyOtpRequestSchema,
  async ({ verificationId, code, trustThisBrowser }, { req, res }): Promise<VerifyOtpResponse> => {
    const now = Date.now();
    const uid = await verifyCode('login-otp', verificationId, code, async (blockedUid) =>
      sendNotice(blockedUid, otpBlockNoticeMail((await readAccount(blockedUid)).email, now)),
    );
    const { account, customToken } = await completeLogin(uid, 'otp', req.get('user-agent'), now);
    if (trustThisBrowser) {
      const trusted = await trustDevice(uid, req.get('user-agent'), readDeviceEntries(req), now);
      res.append('Set-Cookie', trusted.cookie);
      await sendNotice(uid, trustNoticeMail(account.email, trusted.label, now));
    }
    return { customToken };
  },
);
