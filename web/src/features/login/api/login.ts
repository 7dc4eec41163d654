import { useState, useTransition } from 'react';
import { loginRequestSchema, type LoginRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { signInWithLoginToken } from '../../../lib/session';

export const loginInputSchema = loginRequestSchema;
export type LoginInput = LoginRequest;

/** Next step after the password: signed in already (trusted browser), or an OTP to enter. */
export type LoginOutcome = { status: 'signed-in' } | { status: 'otp-required'; verificationId: string };

export async function login(input: LoginInput): Promise<LoginOutcome> {
  const response = await callApi('login', loginInputSchema.parse(input));
  if (response.status === 'otp-required') return response;
  await signInWithLoginToken(response.customToken);
  return { status: 'signed-in' };
}

/**
 * The login call as the screen runs it: pending while it runs, the refusal kept
 * to show. React's own transition, not react-query: the login page loads
 * before anything else, and without the query library it is ~8 KB lighter.
 */
export function useLogin() {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<Error | null>(null);
  const submit = (input: LoginInput, onSuccess: (outcome: LoginOutcome) => void) =>
    startTransition(async () => {
      setError(null);
      try {
        onSuccess(await login(input));
      } catch (failure) {
        setError(failure as Error);
      }
    });
  return { submit, isPending, error };
}
