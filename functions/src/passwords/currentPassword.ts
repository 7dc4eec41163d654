import { accountLock, clearFailures, dropStaleWindows, failureLocks, loginGuardRef, memory, takeTicket } from '../login/lockout';
import { ApiError } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { checkPassword, findLoginAccount } from './passwords';

/**
 * The current password, asked again by a signed-in job seeker before a change
 * to the login account (パスワード変更, メールアドレスの変更). Checked under the
 * login id's 5-try lock exactly as at login: a session left open on a shared
 * terminal must not become a way to guess the password.
 */
export async function assertCurrentPassword(
  uid: string,
  loginId: string,
  password: string,
  { userAgent, now }: { userAgent: string | undefined; now: number },
): Promise<void> {
  const guardRef = loginGuardRef(loginId);
  const [account, guard] = await Promise.all([findLoginAccount(loginId), guardRef.get()]);
  const lock = await takeTicket({ ref: guardRef, data: guard.data() ?? {} }, accountLock, now, memory(now));
  if ('lockedUntil' in lock) throw new ApiError('account-locked');
  if (!account || account.uid !== uid || !(await checkPassword(loginId, account, password))) {
    const locks = failureLocks(lock.ticket);
    // The signed-in holder's own account: nothing to hide, so written at once.
    await Promise.all([
      dropStaleWindows(lock.ticket),
      recordSecurityEvents(uid, [{ type: 'password-failure' }, ...(locks ? [{ type: 'lockout' as const }] : [])], userAgent, now),
    ]);
    throw new ApiError(locks ? 'account-locked' : 'current-password-wrong');
  }
  await clearFailures(lock.ticket);
}
