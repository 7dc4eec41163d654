import { apiFunction } from '../platform/http';
import { endRequestSession } from './session';

/** ログアウト: ends this browser's session at the server, before the browser signs out. */
export const logout = apiFunction('logout', async (_input, { req }) => {
  await endRequestSession(req);
  return { loggedOut: true };
});
