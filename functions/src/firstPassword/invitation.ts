import { readJobSeeker } from '../account/jobSeeker';
import { queueMail } from '../followUps/queue';
import { createVerification } from '../verification/verification';
import { firstPasswordMail } from './firstPasswordMail';

/**
 * The マイページ開設 mail of a job seeker the import created: a first-password code (a new one replaces an
 * earlier, unused one), mailed through the follow-up queue like every promised mail.
 */
export async function inviteToFirstPassword(uid: string, now = Date.now()): Promise<void> {
  const [{ email, displayName }, verification] = await Promise.all([readJobSeeker(uid), createVerification('first-password', uid, now)]);
  await queueMail(uid, firstPasswordMail(email, displayName, verification.verificationId, verification.code, verification.expiresAt));
}
