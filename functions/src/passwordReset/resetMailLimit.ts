import { PASSWORD_RESET_MAILS_PER_HOUR } from '@hellowork/contracts';
import { passwordResetGuardRef } from '../data/collections';
import { takeFromHourlyBudget } from '../limits/hourlyBudget';
import { ApiError } from '../platform/http';

/*
 * At most 3 reset mails per address in any hour, counted for every address
 * asked for, with or without an account: the answer, and its cost, must not
 * tell them apart. A refused request takes its count back: anyone who knows
 * the address can send them, and counted they would keep the holder's own
 * reset refused for as long as the flood went on.
 */
export async function reserveResetMail(loginId: string, now = Date.now()): Promise<void> {
  if (!(await takeFromHourlyBudget(passwordResetGuardRef(loginId), PASSWORD_RESET_MAILS_PER_HOUR, now)))
    throw new ApiError('password-reset-mail-limit');
}
