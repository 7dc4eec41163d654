import { useState } from 'react';
import { confirmationCodeMessages, confirmationRestartCodes, errorMessages } from '@hellowork/contracts';
import { ApiFailure } from './api';

/*
 * The forms that mail a 確認コード (パスワードをお忘れの方, アカウントを再登録,
 * メールアドレスの変更) go the same way: a request, the code from the mail,
 * done; a void code sends the job seeker back to the request, saying why.
 * This is their one error policy; components/ConfirmationCode.tsx shows it.
 */

/**
 * A refusal as these forms say it: they call the code 確認コード, as its mail does, and count down the
 * tries left. A failure that is no answer of the functions (the sign-in could not give a token) is said
 * in Japanese too, never left silent or in a library's English.
 */
export function confirmationCodeMessage(failure: unknown): string | null {
  if (failure == null) return null;
  if (!(failure instanceof ApiFailure)) return errorMessages.internal;
  const own = (confirmationCodeMessages as Record<string, string | undefined>)[failure.code];
  const remaining =
    failure.remainingAttempts !== undefined ? `あと${failure.remainingAttempts}回間違えると、確認コードが無効になります。` : '';
  return (own ?? failure.message) + remaining;
}

/** A code step's onError: a void code (or an address lost meanwhile) is a dead end, and the form starts again with the reason. */
export const restartOnDeadEnd = (onRestart: (reason: string) => void) => (failure: unknown) => {
  if (failure instanceof ApiFailure && (confirmationRestartCodes as readonly string[]).includes(failure.code))
    onRestart(confirmationCodeMessage(failure)!);
};

export type CodeFlowStep =
  { step: 'request'; restartReason?: string } | { step: 'code'; verificationId: string; email: string } | { step: 'done'; email: string };

/** The steps of one such form, and the moves between them. */
export function useCodeFlow() {
  const [step, setStep] = useState<CodeFlowStep>({ step: 'request' });
  return {
    step,
    /** The code went to `email`: on to the code step. */
    sent: (verificationId: string, email: string) => setStep({ step: 'code', verificationId, email }),
    /** The code was taken. */
    finished: (email: string) => setStep({ step: 'done', email }),
    /** The code is dead: back to the first step, saying why. */
    restart: (restartReason: string) => setStep({ step: 'request', restartReason }),
  };
}
