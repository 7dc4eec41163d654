import { readJobSeeker } from '../account/jobSeeker';
import { assertCurrentPassword } from '../passwords/currentPassword';
import { assertAcceptablePassword, replacePassword } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';
import { createSession, requireLiveSession } from '../sessions/session';

/**
 * 各種設定 → ログインアカウント → パスワード変更. The current password is
 * checked under the login id's 5-try lock, exactly as at login; then the
 * reset's effects, and this browser gets a fresh session.
 */
export const changePassword = apiFunction('changePassword', async ({ currentPassword, newPassword }, { req }) => {
  const now = Date.now();
  const userAgent = req.get('user-agent');
  const { uid, secondFactor } = await requireLiveSession(req, now);
  const { email } = await readJobSeeker(uid);
  assertAcceptablePassword(newPassword, { email, currentPassword });
  const checked = await assertCurrentPassword(uid, email, currentPassword, { userAgent, now });
  await replacePassword(uid, email, newPassword, { change: checked }, userAgent, now);
  return { customToken: await createSession(uid, secondFactor, userAgent, now) };
});
