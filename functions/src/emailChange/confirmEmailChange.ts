import { confirmEmailChangeRequestSchema, type ConfirmEmailChangeResponse } from '@hellowork/contracts';
import { readAccount } from '../account/account';
import { emailChangedMail } from '../account/addressMails';
import { changeLoginAddress, verifyAddressCode } from '../account/newAddress';
import { discardVerifications, verificationAccount } from '../otp/verification';
import { reportWrongCode } from '../otp/wrongCodeReport';
import { ApiError, apiFunction } from '../platform/http';
import { sendNotice } from '../platform/mail';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { requireLiveSession } from '../sessions/session';

/**
 * メールアドレスの変更, step 2: the code mailed to the new address makes it the
 * login id. Sessions and trusted browsers stay: they belong to the account,
 * and the password that guards them has not changed. The old address is told.
 */
export const confirmEmailChange = apiFunction(
  confirmEmailChangeRequestSchema,
  async ({ verificationId, code }, context): Promise<ConfirmEmailChangeResponse> => {
    const now = Date.now();
    const userAgent = context.req.get('user-agent');
    const { uid: sessionUid } = await requireLiveSession(context.req, now);
    // Another account's code is not this session's to spend.
    if (verificationAccount(verificationId) !== sessionUid) throw new ApiError('otp-superseded');
    const { uid, address } = await verifyAddressCode('email-change', verificationId, code, reportWrongCode(userAgent, now));
    // Again, as close to the move as can be: a re-registration may have ended this session meanwhile.
    await requireLiveSession(context.req, now);
    const { email: oldAddress } = await readAccount(uid);
    await changeLoginAddress(uid, oldAddress, address, null, now);
    // A code mailed to the old address (a password reset) must not outlive it.
    await discardVerifications(uid);
    await recordSecurityEvents(uid, [{ type: 'email-changed' }], userAgent, now);
    await sendNotice(uid, emailChangedMail(oldAddress, address, now));
    return { email: address };
  },
);
