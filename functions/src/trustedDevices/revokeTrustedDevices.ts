import { emptyRequestSchema, revokeTrustedDeviceRequestSchema, type RevokeResponse } from '@hellowork/contracts';
import { ApiError, apiFunction } from '../platform/http';
import { requireSession } from '../sessions/session';
import { revokeAllTrustedDevices as revokeAll, revokeTrustedDevice as revokeOne } from './trustedDevice';

/** ワンタイムパスワードの入力を再開する → 完了: every browser of the account asks for an OTP again. */
export const revokeAllTrustedDevices = apiFunction(emptyRequestSchema, async (_input, { req }): Promise<RevokeResponse> => ({
  revoked: await revokeAll(await requireSession(req)),
}));

/** Beyond the manual: stop trusting one browser from the list. */
export const revokeTrustedDevice = apiFunction(revokeTrustedDeviceRequestSchema, async ({ deviceId }, { req }): Promise<RevokeResponse> => {
  if (!(await revokeOne(await requireSession(req), deviceId))) throw new ApiError('not-found');
  return { revoked: 1 };
});
