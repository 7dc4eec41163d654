import {
  admitPasswordCheck,
  assertNotLockedUntilReset,
  countRightPassword,
  countWrongPassword,
  readLoginGuard,
  takeAccountTickets,
} from '../login/lockout';
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
  const [account, guard] = await Promise.all([findLoginAccount(loginId), readLoginGuard(loginId)]);
  assertNotLockedUntilReset(guard);
  const check = admitPasswordCheck(await takeAccountTickets(guard, now));
  if (!account || account.uid !== uid || !(await checkPassword(loginId, account, password))) {
    const { locks, refusal } = await countWrongPassword(check, 'current-password-wrong');
    // The signed-in holder's own account: nothing to hide, so written at once.
    await recordSecurityEvents(uid, [{ type: 'password-failure' }, ...(locks ? [{ type: 'lockout' as const }] : [])], userAgent, now);
    throw refusal;
  }
  await countRightPassword(check);
}
