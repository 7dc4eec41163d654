import { changePasswordRequestSchema, type ChangePasswordResponse } from '@hellowork/contracts';
import { readAccount } from '../account/account';
import { accountLock, clearFailures, failureLocks, loginGuardRef, memory, takeTicket } from '../login/lockout';
import { assertAcceptablePassword, replacePassword } from '../passwords/newPassword';
import { checkPassword, findLoginAccount } from '../passwords/passwords';
import { hashingFunction } from '../passwords/passwordHash';
import { ApiError, apiFunction } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { createSession, requireLiveSession } from '../sessions/session';

/**
 * 各種設定 → ログインアカウント → パスワード変更. The current password is
 * checked under the login id's 5-try lock, exactly as at login; then the
 * reset's effects, and this browser gets a fresh session.
 */
export const changePassword = apiFunction(
  changePasswordRequestSchema,
  async ({ currentPassword, newPassword }, { req, afterAnswer }): Promise<ChangePasswordResponse> => {
    const now = Date.now();
    const userAgent = req.get('user-agent');
    const { uid, secondFactor } = await requireLiveSession(req, now);
    const { email } = await readAccount(uid);
    assertAcceptablePassword(newPassword, { email, currentPassword });

    const guardRef = loginGuardRef(email);
    const [account, guard] = await Promise.all([findLoginAccount(email), guardRef.get()]);
    const lock = await takeTicket({ ref: guardRef, data: guard.data() ?? {} }, accountLock, now, memory(now));
    if ('lockedUntil' in lock) throw new ApiError('account-locked');
    if (!account || account.uid !== uid || !(await checkPassword(email, account, currentPassword))) {
      const locks = failureLocks(lock.ticket);
      afterAnswer(() =>
        recordSecurityEvents(uid, [{ type: 'password-failure' }, ...(locks ? [{ type: 'lockout' as const }] : [])], userAgent, now),
      );
      throw new ApiError(locks ? 'account-locked' : 'current-password-wrong');
    }
    await clearFailures(lock.ticket);

    await replacePassword(uid, email, newPassword, 'change', userAgent, now);
    return { customToken: await createSession(uid, secondFactor, userAgent, now) };
  },
  hashingFunction,
);
