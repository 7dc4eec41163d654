import { useQuery } from '@tanstack/react-query';
import type { SecurityHistory } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const securityHistoryKey = ['securityHistory'];

export const getSecurityHistory = () => callApi<SecurityHistory>('getSecurityHistory', {}, { signedIn: true });

export const useSecurityHistory = () => useQuery({ queryKey: securityHistoryKey, queryFn: getSecurityHistory });
