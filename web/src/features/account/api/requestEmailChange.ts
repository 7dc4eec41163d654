import { useMutation } from '@tanstack/react-query';
import { requestEmailChangeRequestSchema, type RequestEmailChangeRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const requestEmailChangeInputSchema = requestEmailChangeRequestSchema;
export type RequestEmailChangeInput = RequestEmailChangeRequest;

/** Step 1: the current password and the new address; a code goes to that address. */
export const requestEmailChange = (input: RequestEmailChangeInput) =>
  callApi('requestEmailChange', requestEmailChangeInputSchema.parse(input), { signedIn: true });

export const useRequestEmailChange = () => useMutation({ mutationFn: requestEmailChange });
