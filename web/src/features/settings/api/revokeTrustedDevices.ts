import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeTrustedDeviceRequestSchema, type RevokeResponse, type RevokeTrustedDeviceRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { accountSettingsKey } from './getAccountSettings';

/** ワンタイムパスワードの入力を再開する: every trusted browser of the account. */
export const revokeAllTrustedDevices = () => callApi<RevokeResponse>('revokeAllTrustedDevices', {}, { signedIn: true });

/** One browser from the list. */
export const revokeTrustedDevice = (input: RevokeTrustedDeviceRequest) =>
  callApi<RevokeResponse>('revokeTrustedDevice', revokeTrustedDeviceRequestSchema.parse(input), { signedIn: true });

function useRevoke<Input>(mutationFn: (input: Input) => Promise<RevokeResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountSettingsKey }),
  });
}

export const useRevokeAllTrustedDevices = () => useRevoke<void>(revokeAllTrustedDevices);
export const useRevokeTrustedDevice = () => useRevoke(revokeTrustedDevice);
