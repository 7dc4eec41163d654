import { useMutation } from '@tanstack/react-query';
import { requestPasswordResetRequestSchema, type RequestPasswordResetRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const requestPasswordResetInputSchema = requestPasswordResetRequestSchema;
export type RequestPasswordResetInput = RequestPasswordResetRequest;

/** Step 1: the address. The answer is the same whether or not it has an account. */
export const requestPasswordReset = (input: RequestPasswordResetInput) =>
  callApi('requestPasswordReset', requestPasswordResetInputSchema.parse(input));

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
