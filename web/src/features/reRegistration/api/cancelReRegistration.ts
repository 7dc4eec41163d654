import { useMutation } from '@tanstack/react-query';
import { cancelReRegistrationRequestSchema, type CancelReRegistrationRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const cancelReRegistrationInputSchema = cancelReRegistrationRequestSchema;

/** 再登録を取り消す: the cancel code from the mail to the old address. */
export const cancelReRegistration = (input: CancelReRegistrationRequest) =>
  callApi('cancelReRegistration', cancelReRegistrationInputSchema.parse(input));

export const useCancelReRegistration = () => useMutation({ mutationFn: cancelReRegistration });
