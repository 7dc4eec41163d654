import { readJobSeeker } from '../account/jobSeeker';
import { reRegisteredMail } from '../account/addressMails';
import { changeLoginAddress, verifyAddressCode } from '../account/newAddress';
import { verificationTarget } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';
import { assertAcceptablePassword, assertUncommonPassword, endEverySignIn } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';
import { sendNotice } from '../platform/mail';

/**
 * アカウントを再登録, step 2: the code from the new address and a new
 * password. The account then logs in with both and nothing else: every
 * session, trusted browser and open code ends, the locks of the old and new
 * login ids lift, and the old address is told what to do if it was not them.
 */
export const completeReRegistration = apiFunction('completeReRegistration', async ({ verificationId, code, newPassword }, context) => {
  const now = Date.now();
  const userAgent = context.req.get('user-agent');
  // Before the code is used, so a refused password does not cost it. Only its holder, who proved
  // who they are and typed the address, can reach the target this way.
  const target = await verificationTarget('re-registration', verificationId, now);
  if (target) assertAcceptablePassword(newPassword, { email: target });
  else assertUncommonPassword(newPassword);
  const { uid, address } = await verifyAddressCode('re-registration', verificationId, code, reportWrongCode(userAgent, now));
  assertAcceptablePassword(newPassword, { email: address });
  const { email: oldAddress } = await readJobSeeker(uid);
  await changeLoginAddress(uid, oldAddress, address, newPassword, now);
  await endEverySignIn(uid, [oldAddress, address], 're-registered', userAgent, now);
  if (oldAddress !== address) await sendNotice(uid, reRegisteredMail(oldAddress, now));
  return { email: address };
});
