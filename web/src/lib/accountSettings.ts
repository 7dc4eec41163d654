import { useQuery } from '@tanstack/react-query';
import type { AccountSettings } from '@hellowork/contracts';
import { callApi } from './api';

export const accountSettingsKey = ['accountSettings'];

/** 各種設定's data: read by 各種設定, and by アカウントを編集 for the address a new password must differ from. */
export const getAccountSettings = () => callApi<AccountSettings>('getAccountSettings', {}, { signedIn: true });

export const useAccountSettings = () => useQuery({ queryKey: accountSettingsKey, queryFn: getAccountSettings });
