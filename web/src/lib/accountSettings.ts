import { useQuery } from '@tanstack/react-query';
import { callApi } from './api';

export const accountSettingsKey = ['accountSettings'];

/** 各種設定's data: read by 各種設定, and by アカウントを編集 for the address a new password must differ from. */
export const getAccountSettings = () => callApi('getAccountSettings', {}, { signedIn: true });

export const useAccountSettings = () => useQuery({ queryKey: accountSettingsKey, queryFn: getAccountSettings });
