import { readJobSeeker } from '../account/jobSeeker';
import { emailChangedMail } from '../account/addressMails';
import { changeLoginAddress, verifyAddressCode } from '../account/newAddress';
import { discardVerifications, verificationAccount } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';
import { ApiError, apiFunction } from '../platform/http';
import { queueNotice } from '../followUps/queue';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { requireLiveSession } from '../sessions/session';

/**
 * メールアドレスの変更, step 2: the code mailed to the new address makes it the
 * login id. Sessions and trusted browsers stay: they belong to the account,
 * and the password that guards them has not changed. The old address is told.
 */
export const confirmEmailChange = apiFunction('confirmEmailChange', async ({ verificationId, code }, context) => {
  const now = Date.now();
  const userAgent = context.req.get('user-agent');
  const { uid: sessionUid } = await requireLiveSession(context.req, now);
  // Another account's code is not this session's to spend.
  if (verificationAccount(verificationId) !== sessionUid) throw new ApiError('code-superseded');
  const { uid, address } = await verifyAddressCode('email-change', verificationId, code, reportWrongCode(userAgent, now));
  // Again, as close to the move as can be: a re-registration may have ended this session meanwhile.
  await requireLiveSession(context.req, now);
  const { email: oldAddress } = await readJobSeeker(uid);
  await changeLoginAddress(uid, oldAddress, address, null, now);
  // A code mailed to the old address (a password reset) must not outlive it.
  await discardVerifications(uid);
  await recordSecurityEvents(uid, [{ type: 'email-changed' }], userAgent, now);
  await queueNotice(uid, emailChangedMail(oldAddress, address, now));
  return { email: address };
});
