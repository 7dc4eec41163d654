import { useMutation, useQueryClient } from '@tanstack/react-query';
import { confirmEmailChangeRequestSchema } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** Step 2: the code mailed to the new address makes it the login id. */
export const confirmEmailChange = (input: { verificationId: string; code: string }) =>
  callApi('confirmEmailChange', confirmEmailChangeRequestSchema.parse(input), { signedIn: true });

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailChange,
    // 各種設定 shows the address, ログイン履歴 the change.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
