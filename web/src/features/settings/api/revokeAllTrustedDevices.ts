import { useMutation } from '@tanstack/react-query';
import { emptyRequestSchema } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { useInvalidateSettings } from './invalidateSettings';

/** ワンタイムパスワードの入力を再開する: every trusted browser of the account. */
export const revokeAllTrustedDevices = () => callApi('revokeAllTrustedDevices', emptyRequestSchema.parse({}), { signedIn: true });

export function useRevokeAllTrustedDevices() {
  return useMutation({
    mutationFn: revokeAllTrustedDevices,
    onSettled: useInvalidateSettings(),
  });
}
