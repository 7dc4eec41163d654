import { confirmationCodeMessages, otpDeadEndCodes } from '@hellowork/contracts';
import { ApiFailure } from './api';

/** A refusal as the screens with a 確認コード say it: they call the code 確認コード, as its mail does. */
export function confirmationCodeMessage(failure: unknown): string | null {
  if (!(failure instanceof ApiFailure)) return null;
  const own = (confirmationCodeMessages as Record<string, string | undefined>)[failure.code];
  const remaining =
    failure.remainingAttempts !== undefined ? ` あと${failure.remainingAttempts}回間違えると、確認コードが無効になります。` : '';
  return (own ?? failure.message) + remaining;
}

/** The code is void: the only way on is to start that form again. */
export const isConfirmationDeadEnd = (failure: unknown) =>
  failure instanceof ApiFailure && (otpDeadEndCodes as readonly string[]).includes(failure.code);
