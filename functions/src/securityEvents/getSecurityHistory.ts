import { apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';
import { listSecurityEvents } from './securityEvents';

/** 各種設定 → ログイン履歴: the job seeker's own newest security events. */
export const getSecurityHistory = apiFunction('getSecurityHistory', async (_input, { req }) => ({
  events: await listSecurityEvents(await requireSession(req)),
}));
