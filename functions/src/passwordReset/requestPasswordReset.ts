import { enqueueFollowUp } from '../followUps/queue';
import { newVerification } from '../verification/verification';
import { findLoginAccount, standInUid } from '../passwords/passwords';
import { clientAddress } from '../platform/clientAddress';
import { apiFunction } from '../platform/http';
import { reserveResetMail } from './resetMailLimit';

/**
 * パスワードをお忘れの方, step 1. Every address gets the same answer after the
 * same work (the mail limit is counted for all, a record is stored for all, a
 * mail task is queued for all); only an address with an account is mailed, by
 * that task, so neither the answer nor its timing tells whether it has one.
 */
export const requestPasswordReset = apiFunction('requestPasswordReset', async ({ email }, { req }) => {
  const now = Date.now();
  const [account, requester] = await Promise.all([findLoginAccount(email), reserveResetMail(email, clientAddress(req), now)]);
  // Every address gets a real record, also one without an account, of a code nobody receives:
  // wrong codes are answered alike, so step 2 does not tell them apart either.
  const verification = newVerification('password-reset', account?.uid ?? standInUid(email), now, { requester });
  // Both before the answer, for every address alike: step 2 relies on the record, the holder on the mail.
  await verification.save();
  await enqueueFollowUp({
    kind: 'password-reset-code',
    uid: account?.uid ?? null,
    code: verification.code,
    expiresAt: verification.expiresAt,
    userAgent: req.get('user-agent') ?? null,
    now,
  });
  return { verificationId: verification.verificationId };
});
