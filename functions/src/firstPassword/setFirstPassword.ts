import { readJobSeeker } from '../account/jobSeeker';
import { assertAcceptablePassword, assertUncommonPassword, replacePassword } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';
import { verifyCode } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';

/**
 * 初回パスワード設定: the code of the マイページ開設 mail and the first password, under the reset's rules: the
 * same code checks and limits (its wrong codes count with the reset's), the same password policy, and the
 * same end of every earlier sign-in (there is none yet).
 */
export const setFirstPassword = apiFunction('setFirstPassword', async ({ verificationId, code, newPassword }, context) => {
  const now = Date.now();
  const userAgent = context.req.get('user-agent');
  assertUncommonPassword(newPassword);
  const { uid } = await verifyCode('first-password', verificationId, code, reportWrongCode(userAgent, now));
  const { email } = await readJobSeeker(uid);
  assertAcceptablePassword(newPassword, { email });
  await replacePassword(uid, email, newPassword, 'reset', userAgent, now);
  return { set: true };
});
