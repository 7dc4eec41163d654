import { jobSeekerStatusOf, readJobSeeker } from '../account/jobSeeker';
import { apiFunction } from '../platform/http';
import { previousLoginTime } from '../securityEvents/securityEvents';
import { requireSession } from '../sessions/session';

/** 【参考】ログイン後の最初の表示画面: 求職者マイページホーム. */
export const getMyPageHome = apiFunction('getMyPageHome', async (_input, { req }) => {
  const uid = await requireSession(req);
  const [account, previousLoginAt] = await Promise.all([readJobSeeker(uid), previousLoginTime(uid)]);
  const jobSeekerStatus = jobSeekerStatusOf(account);
  return {
    displayName: account.displayName,
    jobSeekerStatus,
    officeName: account.officeName,
    previousLoginAt,
    newMessageCount: account.newMessageCount,
    referralJobs: jobSeekerStatus.active ? account.referralJobs : null,
  };
});
