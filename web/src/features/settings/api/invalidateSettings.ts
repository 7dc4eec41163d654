import { useQueryClient } from '@tanstack/react-query';
import { accountSettingsKey } from '../../../lib/accountSettings';
import { securityHistoryKey } from './getSecurityHistory';

/** After a change on 各種設定: the settings and ログイン履歴 are read again. */
export function useInvalidateSettings() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountSettingsKey }),
      queryClient.invalidateQueries({ queryKey: securityHistoryKey }),
    ]);
}
