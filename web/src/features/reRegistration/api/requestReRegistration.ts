import { useMutation } from '@tanstack/react-query';
import { requestReRegistrationRequestSchema, type RequestReRegistrationRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const requestReRegistrationInputSchema = requestReRegistrationRequestSchema;
export type RequestReRegistrationInput = RequestReRegistrationRequest;

/** Step 1: 求職番号, 生年月日 and the new address; a code goes to that address. */
export const requestReRegistration = (input: RequestReRegistrationInput) =>
  callApi('requestReRegistration', requestReRegistrationInputSchema.parse(input));

export const useRequestReRegistration = () => useMutation({ mutationFn: requestReRegistration });
