import { useQuery } from '@tanstack/react-query';
import type { AccountSettings } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const accountSettingsKey = ['accountSettings'];

export const getAccountSettings = () => callApi<AccountSettings>('getAccountSettings', {}, { signedIn: true });

export const useAccountSettings = () => useQuery({ queryKey: accountSettingsKey, queryFn: getAccountSettings });
