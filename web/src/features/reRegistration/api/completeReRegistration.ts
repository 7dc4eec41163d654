import { useMutation } from '@tanstack/react-query';
import { completeReRegistrationRequestSchema } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** Step 2: the code from the new address and the new password. */
export const completeReRegistration = (input: { verificationId: string; code: string; newPassword: string }) =>
  callApi('completeReRegistration', completeReRegistrationRequestSchema.parse(input));

export const useCompleteReRegistration = () => useMutation({ mutationFn: completeReRegistration });
