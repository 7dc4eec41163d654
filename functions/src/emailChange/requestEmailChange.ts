import { readJobSeeker } from '../account/jobSeeker';
import { sendAddressConfirmation } from '../account/newAddress';
import { assertCurrentPassword } from '../passwords/currentPassword';
import { ApiError, apiFunction } from '../platform/http';
import { requireLiveSession } from '../sessions/session';

/**
 * メールアドレスの変更, step 1 (各種設定 → ログインアカウント → アカウントを編集):
 * the current password, under the login's own lock, then a code to the new
 * address. An address that is another account's gets the same answer; its
 * holder is mailed instead.
 */
export const requestEmailChange = apiFunction('requestEmailChange', async ({ currentPassword, newEmail }, { req }) => {
  const now = Date.now();
  const { uid } = await requireLiveSession(req, now);
  const { email } = await readJobSeeker(uid);
  if (newEmail === email) throw new ApiError('email-same-as-current');
  await assertCurrentPassword(uid, email, currentPassword, { userAgent: req.get('user-agent'), now });
  return { verificationId: await sendAddressConfirmation('email-change', uid, newEmail, now) };
});
