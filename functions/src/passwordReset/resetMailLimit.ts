import { PASSWORD_RESET_MAILS_PER_HOUR } from '@hellowork/contracts';
import { passwordResetAddressField, passwordResetGuardRef } from '../data/collections';
import { takeFromHourlyBudget } from '../limits/hourlyBudget';
import { ApiError } from '../platform/http';
import { assertRequesterMayGuess } from '../verification/requestLimits';

/*
 * At most 3 reset mails in any hour per address and client (decision 0018): a stranger's requests use the
 * stranger's client's 3, never the holder's. Counted for every address asked for, with or without an
 * account: the answer, and its cost, must not tell them apart. A refused request takes its count back.
 * A client whose wrong reset codes for the address reached 100 in a row gets none (requestLimits.ts).
 * Returns the requester's record, which the code's wrong entries count toward.
 */
export async function reserveResetMail(loginId: string, client: string, now = Date.now()): Promise<string> {
  const ref = passwordResetGuardRef(loginId, client);
  await assertRequesterMayGuess(ref.path, 'password-reset-mail-limit');
  if (!(await takeFromHourlyBudget(ref, PASSWORD_RESET_MAILS_PER_HOUR, now, passwordResetAddressField(loginId))))
    throw new ApiError('password-reset-mail-limit');
  return ref.path;
}
