import { replacePasswordByCode } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';

/** パスワードをお忘れの方, step 2: the code from the mail and the new password. */
export const resetPassword = apiFunction('resetPassword', async (request, { req }) => {
  await replacePasswordByCode('password-reset', request, req);
  return { reset: true };
});
