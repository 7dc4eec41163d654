import { requestReRegistrationRequestSchema, type RequestReRegistrationResponse } from '@hellowork/contracts';
import { sendAddressConfirmation } from '../account/newAddress';
import { apiFunction } from '../platform/http';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { assertIdentity, checkIdentity } from './identityCheck';

/**
 * アカウントを再登録, step 1: the 求職番号 and 生年月日 prove who it is, and a
 * code goes to the new address (or, if that address is another account's,
 * a notice to its holder, with the same answer).
 */
export const requestReRegistration = apiFunction(
  requestReRegistrationRequestSchema,
  async ({ jobSeekerNumber, birthDate, email }, { req, afterAnswer }): Promise<RequestReRegistrationResponse> => {
    const now = Date.now();
    const check = await checkIdentity(jobSeekerNumber, birthDate, now);
    // After the answer: written only for numbers with an account, it must not show in the timing.
    if ('refused' in check && check.holder) {
      const holder = check.holder;
      afterAnswer(() => recordSecurityEvents(holder, [{ type: 're-registration-failure' }], req.get('user-agent'), now));
    }
    assertIdentity(check);
    return { verificationId: await sendAddressConfirmation('re-registration', check.uid, email, now) };
  },
);
