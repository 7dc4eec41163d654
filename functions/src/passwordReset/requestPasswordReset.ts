import { logger } from 'firebase-functions';
import { requestPasswordResetRequestSchema, type RequestPasswordResetResponse } from '@hellowork/contracts';
import { readAccount } from '../account/account';
import { newVerification } from '../otp/verification';
import { assertNotBlocked } from '../otp/verificationLimits';
import { findLoginAccount } from '../passwords/passwords';
import { passwordResetMail } from '../passwords/passwordMails';
import { apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { keyedHash } from '../platform/secrets';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { reserveResetMail } from './resetMailLimit';

/** As long as a Firebase uid and of its characters: the id of an address without an account looks like any other. */
const pseudoUid = (loginId: string) =>
  keyedHash('reset-pseudo-uid', loginId)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 28);

/**
 * パスワードをお忘れの方, step 1. Every address gets the same answer after the
 * same work (the mail limit is counted for all); only an address with an
 * account is mailed, after the answer, so neither the answer nor its timing
 * tells whether it has one.
 */
export const requestPasswordReset = apiFunction(
  requestPasswordResetRequestSchema,
  async ({ email }, { req, afterAnswer }): Promise<RequestPasswordResetResponse> => {
    const now = Date.now();
    const [account] = await Promise.all([findLoginAccount(email), reserveResetMail(email, now)]);
    // Every address gets a real record, also one without an account or a blocked one, of a code
    // nobody receives: wrong codes are answered alike, so step 2 does not tell them apart either.
    const verification = newVerification('password-reset', account?.uid ?? pseudoUid(email), now);
    afterAnswer(async () => {
      await verification.save();
      if (!account) return;
      // An account blocked for wrong codes gets no new code of any purpose; the answer was the same.
      const blocked = await assertNotBlocked('login-otp', account.uid, now).then(
        () => false,
        () => true,
      );
      if (blocked) return logger.info('Reset code not sent: the account is blocked for wrong codes', { uid: account.uid });
      const { email: address } = await readAccount(account.uid);
      await sendMail(passwordResetMail(address, verification.code, verification.expiresAt));
      await recordSecurityEvents(account.uid, [{ type: 'otp-sent' }], req.get('user-agent'), now);
    });
    return { verificationId: verification.verificationId };
  },
);
