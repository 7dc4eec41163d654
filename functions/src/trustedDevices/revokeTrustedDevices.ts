import { ApiError, apiFunction } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { requireSession } from '../sessions/session';
import { revokeAllTrustedDevices as revokeAll, revokeTrustedDevice as revokeOne } from './trustedDevice';

/** ワンタイムパスワードの入力を再開する → 完了: every browser of the account asks for an OTP again. */
export const revokeAllTrustedDevices = apiFunction('revokeAllTrustedDevices', async (_input, { req }) => {
  const uid = await requireSession(req);
  const [revoked] = await Promise.all([revokeAll(uid), recordSecurityEvents(uid, [{ type: 'trust-revoked-all' }], req.get('user-agent'))]);
  return { revoked };
});

/** Beyond the manual: stop trusting one browser from the list. */
export const revokeTrustedDevice = apiFunction('revokeTrustedDevice', async ({ deviceId }, { req }) => {
  const uid = await requireSession(req);
  if (!(await revokeOne(uid, deviceId))) throw new ApiError('not-found');
  await recordSecurityEvents(uid, [{ type: 'trust-revoked' }], req.get('user-agent'));
  return { revoked: 1 };
});
