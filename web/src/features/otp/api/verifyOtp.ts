import { useMutation } from '@tanstack/react-query';
import { verifyOtpRequestSchema, type VerifyOtpRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { signInWithLoginToken } from '../../../lib/session';

export const verifyOtpInputSchema = verifyOtpRequestSchema;
export type VerifyOtpInput = VerifyOtpRequest;

/** Sends the code (and the "skip next time" choice) and signs the browser in. */
export async function verifyOtp(input: VerifyOtpInput): Promise<void> {
  const { customToken } = await callApi('verifyOtp', verifyOtpInputSchema.parse(input));
  await signInWithLoginToken(customToken);
}

export const useVerifyOtp = () => useMutation({ mutationFn: verifyOtp });
