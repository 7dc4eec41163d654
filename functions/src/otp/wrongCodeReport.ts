import type { SecurityEventType } from '@hellowork/contracts';
import { accountRef } from '../account/account';
import type { ApiContext } from '../platform/http';
import { sendNotice } from '../platform/mail';
import { recordSecurityEvents } from '../securityEvents/securityEvents';
import { otpBlockNoticeMail } from './otpMail';
import type { WrongCodeOutcome } from './verification';

const wrongCodeEvents: Record<WrongCodeOutcome['code'], SecurityEventType> = {
  'otp-wrong': 'otp-failure',
  'otp-exhausted': 'otp-exhausted',
  'otp-blocked': 'otp-blocked',
};

/**
 * What a checked wrong code of any purpose leaves behind, after the answer:
 * its line in ログイン履歴 and, once per block, the notice to the holder.
 * A reset code of an address without an account has no holder: nothing is
 * written, and since it happens after the answer, its timing tells nothing.
 */
export const reportWrongCode =
  ({ afterAnswer }: Pick<ApiContext, 'afterAnswer'>, userAgent: string | undefined, now: number) =>
  (uid: string, { code, warns }: WrongCodeOutcome) =>
    afterAnswer(async () => {
      const account = (await accountRef(uid).get()).data();
      if (!account) return;
      await recordSecurityEvents(uid, [{ type: wrongCodeEvents[code] }], userAgent, now);
      if (warns) await sendNotice(uid, otpBlockNoticeMail(account.email, now));
    });
