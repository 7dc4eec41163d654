import { useMutation } from '@tanstack/react-query';
import { setFirstPasswordRequestSchema, type SetFirstPasswordRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** The code of the マイページ開設 mail, the verification its link names, and the first password. */
export const setFirstPassword = (request: SetFirstPasswordRequest) =>
  callApi('setFirstPassword', setFirstPasswordRequestSchema.parse(request));

export const useSetFirstPassword = () => useMutation({ mutationFn: setFirstPassword });
