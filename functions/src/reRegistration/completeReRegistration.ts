import { enqueueFollowUp } from '../followUps/queue';
import { verifyAddressCode } from '../account/newAddress';
import { verificationTarget } from '../verification/verification';
import { reportWrongCode } from '../verification/wrongCodeReport';
import { assertAcceptablePassword, assertUncommonPassword } from '../passwords/newPassword';
import { apiFunction } from '../platform/http';
import { holdReRegistration } from './hold';

/**
 * アカウントを再登録, step 2: the code from the new address and a new
 * password. The re-registration is then held (hold.ts): the old address gets
 * a cancel code at once, and the new address and password take effect when
 * the hold is over, by a task scheduled for that time.
 */
export const completeReRegistration = apiFunction('completeReRegistration', async ({ verificationId, code, newPassword }, context) => {
  const now = Date.now();
  const userAgent = context.req.get('user-agent');
  // Before the code is used, so a refused password does not cost it. Only its holder, who proved
  // who they are and typed the address, can reach the target this way.
  const target = await verificationTarget('re-registration', verificationId, now);
  if (target) assertAcceptablePassword(newPassword, { email: target });
  else assertUncommonPassword(newPassword);
  const { uid, address } = await verifyAddressCode('re-registration', verificationId, code, reportWrongCode(userAgent, now));
  assertAcceptablePassword(newPassword, { email: address });
  const { holdId, takesEffectAt } = await holdReRegistration(uid, address, newPassword, userAgent, now);
  await enqueueFollowUp(
    { kind: 're-registration-due', uid, holdId, userAgent: userAgent ?? null, now },
    { scheduleTime: new Date(takesEffectAt) },
  );
  return { email: address, takesEffectAt: new Date(takesEffectAt).toISOString() };
});
