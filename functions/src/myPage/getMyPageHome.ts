import { emptyRequestSchema, type MyPageHome } from '@hellowork/contracts';
import { jobSeekerStatusOf, readAccount } from '../account/account';
import { toIso } from '../platform/firebase';
import { apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';

/** 【参考】ログイン後の最初の表示画面: 求職者マイページホーム. */
export const getMyPageHome = apiFunction(emptyRequestSchema, async (_input, { req }): Promise<MyPageHome> => {
  const account = await readAccount(await requireSession(req));
  const jobSeekerStatus = jobSeekerStatusOf(account);
  return {
    displayName: account.displayName,
    jobSeekerStatus,
    officeName: account.officeName,
    previousLoginAt: toIso(account.previousLoginAt),
    newMessageCount: account.newMessageCount,
    referralJobs: jobSeekerStatus.active ? account.referralJobs : null,
  };
});
