import { logger } from 'firebase-functions';
import { verifyOtpRequestSchema, type VerifyOtpResponse } from '@hellowork/contracts';
import { completeLogin } from '../account/account';
import { apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { readDeviceEntries, trustDevice } from '../trustedDevices/trustedDevice';
import { trustNoticeMail } from '../trustedDevices/trustNoticeMail';
import { verifyChallenge } from './challenge';

/** Step ⑤–⑦: the code from the mail, and optionally "skip the OTP on this browser from now on". */
export const verifyOtp = apiFunction(
  verifyOtpRequestSchema,
  async ({ challengeId, code, trustThisBrowser }, { req, res }): Promise<VerifyOtpResponse> => {
    const uid = await verifyChallenge('login-otp', challengeId, code);
    const { account, customToken } = await completeLogin(uid, 'otp');
    if (trustThisBrowser) {
      const now = Date.now();
      const trusted = await trustDevice(uid, req.get('user-agent'), readDeviceEntries(req), now);
      res.append('Set-Cookie', trusted.cookie);
      // The trust is stored either way; a notice that cannot be sent must not undo the login.
      await sendMail(trustNoticeMail(account.email, trusted.label, now)).catch((error: unknown) =>
        logger.warn('Trust notice not sent', { uid, error: String(error) }),
      );
    }
    return { customToken };
  },
);
