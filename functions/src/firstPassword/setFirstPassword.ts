import { replacePasswordByCode } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';

/**
 * 初回パスワード設定: the code of the マイページ開設 mail and the first password, as a reset: the same checks and
 * password policy, under the first password's own code limits (verificationLimits.ts `limitsOf`).
 */
export const setFirstPassword = apiFunction('setFirstPassword', async (request, { req }) => {
  await replacePasswordByCode('first-password', request, req);
  return { set: true };
});
