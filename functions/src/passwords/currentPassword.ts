import {
  clearFailures,
  dropStaleWindows,
  failureLocks,
  lockedUntilReset,
  loginGuardRef,
  streakCleared,
  streakEnds,
  takeAccountTickets,
} from '../login/lockout';
import { ApiError } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { checkPassword, findLoginAccount } from './passwords';

/**
 * The current password, asked again by a signed-in job seeker before a change
 * to the login account (パスワード変更, メールアドレスの変更). Checked under the
 * login id's locks exactly as at login (the 5 tries, the 100 in a row, the
 * lock until reset): a session left open on a shared terminal, 12 hours long,
 * must not become a way to guess the password.
 */
export async function assertCurrentPassword(
  uid: string,
  loginId: string,
  password: string,
  { userAgent, now }: { userAgent: string | undefined; now: number },
): Promise<void> {
  const guardRef = loginGuardRef(loginId);
  const [account, guardSnapshot] = await Promise.all([findLoginAccount(loginId), guardRef.get()]);
  const guard = { ref: guardRef, data: guardSnapshot.data() ?? {} };
  if (lockedUntilReset(guard.data)) throw new ApiError('password-reset-required');
  const tickets = await takeAccountTickets(guard, now);
  if ('lockedUntil' in tickets) throw new ApiError('account-locked');
  const { ticket, streak } = tickets;
  if (!streak) throw new ApiError('password-reset-required');
  if (!account || account.uid !== uid || !(await checkPassword(loginId, account, password))) {
    const [untilReset] = await Promise.all([streakEnds(streak), dropStaleWindows(ticket)]);
    const locks = untilReset || failureLocks(ticket);
    // The signed-in holder's own account: nothing to hide, so written at once.
    await recordSecurityEvents(uid, [{ type: 'password-failure' }, ...(locks ? [{ type: 'lockout' as const }] : [])], userAgent, now);
    if (untilReset) throw new ApiError('password-reset-required');
    throw new ApiError(locks ? 'account-locked' : 'current-password-wrong');
  }
  await clearFailures(ticket, streakCleared(streak));
}
