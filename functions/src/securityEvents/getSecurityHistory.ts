import { apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';
import { listLogins, listSecurityEvents } from './securityEvents';

/** 各種設定 → ログイン履歴: the job seeker's own newest security events, and apart their newest logins. */
export const getSecurityHistory = apiFunction('getSecurityHistory', async (_input, { req }) => {
  const uid = await requireSession(req);
  const [events, logins] = await Promise.all([listSecurityEvents(uid), listLogins(uid)]);
  return { events, logins };
});
