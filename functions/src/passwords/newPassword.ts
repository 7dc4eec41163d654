import { newPasswordIssue } from '@hellowork/contracts';
import { clearPasswordLocks } from '../login/lockout';
import type { Request } from 'firebase-functions/https';
import type { VerificationType } from '../data/records';
import { readJobSeeker } from '../account/jobSeeker';
import { discardVerifications, verifyCode } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';
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
 * A new password with a code from the holder's mailbox (パスワードをお忘れの方, 初回パスワード設定), as a reset.
 * The common-password check runs before the code is used, so a refused password does not cost the code;
 * "same as the address" only after it: checked before, it would tell a stranger that the address they asked
 * for has an account (the screen checks it first, so only a broken client pays).
 */
export async function replacePasswordByCode(
  type: Extract<VerificationType, 'password-reset' | 'first-password'>,
  { verificationId, code, newPassword }: { verificationId: string; code: string; newPassword: string },
  req: Request,
  now = Date.now(),
): Promise<void> {
  const userAgent = req.get('user-agent');
  assertUncommonPassword(newPassword);
  const { uid } = await verifyCode(type, verificationId, code, reportWrongCode(userAgent, now));
  const { email } = await readJobSeeker(uid);
  assertAcceptablePassword(newPassword, { email });
  await replacePassword(uid, email, newPassword, 'reset', userAgent, now);
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
