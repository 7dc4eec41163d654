import { sendAddressConfirmation } from '../account/newAddress';
import { enqueueFollowUp } from '../followUps/queue';
import { clientAddress } from '../platform/clientAddress';
import { apiFunction } from '../platform/http';
import { assertIdentity, checkIdentity } from './identityCheck';

/**
 * アカウントを再登録, step 1: the 求職番号 and 生年月日 prove who it is, and a
 * code goes to the new address (or, if that address is another account's,
 * a notice to its holder, with the same answer).
 */
export const requestReRegistration = apiFunction('requestReRegistration', async ({ jobSeekerNumber, birthDate, email }, { req }) => {
  const now = Date.now();
  const check = await checkIdentity(jobSeekerNumber, birthDate, clientAddress(req), now);
  // Queued for every refusal: written only for numbers with an account, it must not show in the timing.
  if ('refused' in check) {
    const events = [{ type: 're-registration-failure' as const }];
    await enqueueFollowUp({ kind: 'security-events', uid: check.holder ?? null, events, userAgent: req.get('user-agent') ?? null, now });
  }
  assertIdentity(check);
  return { verificationId: await sendAddressConfirmation('re-registration', check.uid, email, now) };
});
