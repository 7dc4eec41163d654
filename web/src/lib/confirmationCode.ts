import { useState } from 'react';
import { confirmationCodeMessages, confirmationRestartCodes } from '@hellowork/contracts';
import { ApiFailure } from './api';

/*
 * The forms that mail a 確認コード (パスワードをお忘れの方, アカウントを再登録,
 * メールアドレスの変更) go the same way: a request, the code from the mail,
 * done; a void code sends the job seeker back to the request, saying why.
 */

/** A refusal as these forms say it: they call the code 確認コード, as its mail does. */
export function confirmationCodeMessage(failure: unknown): string | null {
  if (!(failure instanceof ApiFailure)) return null;
  const own = (confirmationCodeMessages as Record<string, string | undefined>)[failure.code];
  const remaining =
    failure.remainingAttempts !== undefined ? ` あと${failure.remainingAttempts}回間違えると、確認コードが無効になります。` : '';
  return (own ?? failure.message) + remaining;
}

/** A code step's onError: a void code (or an address lost meanwhile) is a dead end, and the form starts again with the reason. */
export const restartOnDeadEnd = (onRestart: (reason: string) => void) => (failure: unknown) => {
  if (failure instanceof ApiFailure && (confirmationRestartCodes as readonly string[]).includes(failure.code))
    onRestart(confirmationCodeMessage(failure)!);
};

export type CodeFlowStep =
  { step: 'request'; restartReason?: string } | { step: 'code'; verificationId: string; email: string } | { step: 'done'; email: string };

/** What a request step needs: why it is shown again (a void code), and where the sent verification goes. */
export type RequestStepProps = { restartReason: string | undefined; onSent: (verificationId: string, email: string) => void };

/** What a code step needs: the verification, the address the code went to, and the two ways out. */
export type CodeStepProps = { verificationId: string; email: string; onDone: () => void; onRestart: (reason: string) => void };

/** The steps of one such form, and the props its code step gets. */
export function useCodeFlow() {
  const [step, setStep] = useState<CodeFlowStep>({ step: 'request' });
  const codeStep = (current: Extract<CodeFlowStep, { step: 'code' }>): CodeStepProps => ({
    verificationId: current.verificationId,
    email: current.email,
    onDone: () => setStep({ step: 'done', email: current.email }),
    onRestart: (restartReason) => setStep({ step: 'request', restartReason }),
  });
  return { step, sent: (verificationId: string, email: string) => setStep({ step: 'code', verificationId, email }), codeStep };
}
