import { countRightPassword, readLoginGuard, takeLoginIdCheck, wrongPassword } from '../login/lockout';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { checkPassword, findLoginAccount, type LoginAccount } from './passwords';

/**
 * The current password, asked again by a signed-in job seeker before a change
 * to the login account (パスワード変更, メールアドレスの変更). Checked under the
 * login id's locks exactly as at login (the 5 tries, the 100 in a row, the
 * lock until reset): a session left open on a shared terminal, 12 hours long,
 * must not become a way to guess the password. Returns the record as checked.
 */
export async function assertCurrentPassword(
  uid: string,
  loginId: string,
  password: string,
  { userAgent, now }: { userAgent: string | undefined; now: number },
): Promise<LoginAccount> {
  const [account, guard] = await Promise.all([findLoginAccount(loginId), readLoginGuard(loginId)]);
  const check = await takeLoginIdCheck(guard, now);
  const checked = account?.uid === uid ? await checkPassword(loginId, account, password, now) : null;
  if (!checked) {
    // The signed-in holder's own account: nothing to hide, so written at once.
    throw await wrongPassword(check, 'current-password-wrong', (events) => recordSecurityEvents(uid, events, userAgent, now));
  }
  await countRightPassword(check);
  return checked;
}
