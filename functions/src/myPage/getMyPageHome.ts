import { emptyRequestSchema, type MyPageHome } from '@hellowork/contracts';
import { readAccount } from '../account/account';
import { toIso } from '../platform/firebase';
import { apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';

/** 【参考】ログイン後の最初の表示画面: 求職者マイページホーム. */
export const getMyPageHome = apiFunction(emptyRequestSchema, async (_input, { req }): Promise<MyPageHome> => {
  const account = await readAccount(await requireSession(req));
  return {
    displayName: account.displayName,
    officeName: account.officeName,
    previousLoginAt: toIso(account.previousLoginAt),
    newMessageCount: account.newMessageCount,
    referralJobs: account.referralJobs,
  };
});
