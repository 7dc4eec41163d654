import { jobSeekerStatusOf, readJobSeeker } from '../account/jobSeeker';
import { jobSeekerRef } from '../data/collections';
import { toTimestamp } from '../platform/firebase';
import { apiFunction } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { requireLiveSession } from '../sessions/session';

/**
 * 各種設定 → 求職状態 → 求職無効 (求職の取消): the status becomes 無効. There is
 * no way back online, as the manual says: only a Hello Work office makes it
 * 有効 again. Cancelling a status already 無効 changes and records nothing.
 */
export const cancelJobSeeking = apiFunction('cancelJobSeeking', async (_input, { req }) => {
  const now = Date.now();
  const { uid } = await requireLiveSession(req, now);
  const account = await readJobSeeker(uid);
  if (!account.jobSeekerStatus.active) return { jobSeekerStatus: jobSeekerStatusOf(account, now) };
  await jobSeekerRef(uid).update({ 'jobSeekerStatus.active': false, 'jobSeekerStatus.cancelledAt': toTimestamp(now) });
  await recordSecurityEvents(uid, [{ type: 'job-seeking-cancelled' }], req.get('user-agent'), now);
  return { jobSeekerStatus: jobSeekerStatusOf(await readJobSeeker(uid), now) };
});
