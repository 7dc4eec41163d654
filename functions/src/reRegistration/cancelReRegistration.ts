import { apiFunction } from '../platform/http';
import { cancelHeldReRegistration } from './hold';

/** 再登録の取り消し: the cancel code mailed to the old address ends a held re-registration. */
export const cancelReRegistration = apiFunction('cancelReRegistration', async ({ cancelCode }, { req }) => {
  await cancelHeldReRegistration(cancelCode, req.get('user-agent'), Date.now());
  return { cancelled: true } as const;
});
