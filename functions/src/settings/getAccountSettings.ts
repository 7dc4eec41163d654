import { jobSeekerStatusOf, readJobSeeker } from '../account/jobSeeker';
import { apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';
import { listTrustedDevices, readDeviceEntries } from '../trustedDevices/trustedDevice';

/** 求職者情報・設定 → 各種設定: 求職状態, ログインアカウント and ワンタイムパスワード入力省略設定. */
export const getAccountSettings = apiFunction('getAccountSettings', async (_input, { req }) => {
  const uid = await requireSession(req);
  const [account, trustedDevices] = await Promise.all([readJobSeeker(uid), listTrustedDevices(uid, readDeviceEntries(req))]);
  return {
    email: account.email,
    jobSeekerStatus: jobSeekerStatusOf(account),
    trustedDevices,
  };
});
