import { newPasswordIssue } from '@hellowork/contracts';
import { clearPasswordLocks } from '../login/lockout';
import { discardVerifications } from '../verification/verification';
import { forgetWrongLoginCodes } from '../verification/verificationLimits';
import { ApiError } from '../platform/http';
import { queueNotice } from '../followUps/queue';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { endAllSessions } from '../sessions/session';
import { revokeAllTrustedDevices } from '../trustedDevices/trustedDevice';
import { isCommonPassword } from './commonPasswords';
import { passwordChangedMail } from './passwordMails';
import { setPassword, type LoginAccount } from './passwords';

/** The password policy's checks beyond its schema (contracts/src/passwordPolicy.ts): each refusal names its rule. */
export function assertAcceptablePassword(password: string, context: { email: string; currentPassword?: string }): void {
  const issue = newPasswordIssue(password, context);
  if (issue) throw new ApiError(issue);
  assertUncommonPassword(password);
}

/** The check that needs no account: run before a code is spent on a password that would be refused. */
export function assertUncommonPassword(password: string): void {
  if (isCommonPassword(password)) throw new ApiError('password-too-common');
}

/**
 * A new password, by reset or by change (of the record whose current password
 * was just checked). At that moment the old password, every
 * open code, every session and every trusted browser of the account stop
 * working, both password locks of the login id are lifted, and the holder is
 * told by mail. A change then signs this browser in again (its caller).
 */
export async function replacePassword(
  uid: string,
  loginId: string,
  password: string,
  how: 'reset' | { change: LoginAccount },
  userAgent: string | undefined,
  now = Date.now(),
): Promise<void> {
  const reset = how === 'reset';
  await setPassword(loginId, uid, password, reset ? null : how.change, now);
  await endEverySignIn(uid, [loginId], reset ? 'password-reset' : 'password-changed', userAgent, now);
  // The password has changed whatever the mail does.
  await queueNotice(uid, passwordChangedMail(loginId, reset ? 'reset' : 'change', now));
}

/**
 * What a new password (or a re-registered account) ends: every open code,
 * session and trusted browser, the password locks of its login ids and the
 * login code's count of wrong codes in a row;
 * recorded in ログイン履歴 as `event`.
 */
export async function endEverySignIn(
  uid: string,
  loginIds: string[],
  event: 'password-reset' | 'password-changed' | 're-registered',
  userAgent: string | undefined,
  now: number,
): Promise<void> {
  // Sessions last: a session is made in one batch with its code's or its trusted browser's record, so once
  // those are gone none can start, and every one started before them is in endAllSessions' list. Trusted
  // browsers after the codes: one is trusted in the batch that uses a login code, so once the codes are
  // void none can be added, and every one added before is in revokeAllTrustedDevices' list.
  await Promise.all([
    ...loginIds.map(clearPasswordLocks),
    discardVerifications(uid)
      .then(() => revokeAllTrustedDevices(uid))
      .then(() => endAllSessions(uid)),
    forgetWrongLoginCodes(uid),
    recordSecurityEvents(uid, [{ type: event }], userAgent, now),
  ]);
}
