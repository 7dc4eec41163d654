import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api';

export const securityHistoryKey = ['securityHistory'];

export const getSecurityHistory = () => callApi('getSecurityHistory', {}, { signedIn: true });

export const useSecurityHistory = () => useQuery({ queryKey: securityHistoryKey, queryFn: getSecurityHistory });
