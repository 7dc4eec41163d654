import { useMutation, useQueryClient } from '@tanstack/react-query';
import { emptyRequestSchema, type RevokeResponse } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { accountSettingsKey } from './getAccountSettings';

/** ワンタイムパスワードの入力を再開する: every trusted browser of the account. */
export const revokeAllTrustedDevices = () =>
  callApi<RevokeResponse>('revokeAllTrustedDevices', emptyRequestSchema.parse({}), { signedIn: true });

export function useRevokeAllTrustedDevices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAllTrustedDevices,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountSettingsKey }),
  });
}
