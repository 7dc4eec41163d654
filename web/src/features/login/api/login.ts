import { useMutation } from '@tanstack/react-query';
import { loginRequestSchema, type LoginRequest, type LoginResponse } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { signInWithLoginToken } from '../../../lib/session';

export const loginInputSchema = loginRequestSchema;
export type LoginInput = LoginRequest;

/** Next step after the password: signed in already (trusted browser), or an OTP to enter. */
export type LoginOutcome = { status: 'signed-in' } | { status: 'otp-required'; verificationId: string };

export async function login(input: LoginInput): Promise<LoginOutcome> {
  const response = await callApi<LoginResponse>('login', loginInputSchema.parse(input));
  if (response.status === 'otp-required') return response;
  await signInWithLoginToken(response.customToken);
  return { status: 'signed-in' };
}

export const useLogin = () => useMutation({ mutationFn: login });
