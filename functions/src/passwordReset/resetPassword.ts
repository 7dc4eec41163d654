import { readJobSeeker } from '../account/jobSeeker';
import { verifyCode } from '../verification/verification';
import { assertAcceptablePassword, assertUncommonPassword, replacePassword } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';
import { reportWrongCode } from '../verification/wrongCodeReport';

/**
 * パスワードをお忘れの方, step 2: the code from the mail and the new password.
 * The common-password check runs before the code is used, so a refused
 * password does not cost the code.
 */
export const resetPassword = apiFunction('resetPassword', async ({ verificationId, code, newPassword }, context) => {
  const now = Date.now();
  const userAgent = context.req.get('user-agent');
  assertUncommonPassword(newPassword);
  const { uid } = await verifyCode('password-reset', verificationId, code, reportWrongCode(userAgent, now));
  // Only after the code: checked before, "same as the address" would tell a stranger that the
  // address they asked for has an account. The screen checks it first, so only a broken client pays.
  const { email } = await readJobSeeker(uid);
  assertAcceptablePassword(newPassword, { email });
  await replacePassword(uid, email, newPassword, 'reset', userAgent, now);
  return { reset: true };
});
