import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api';

export const getMyPageHome = () => callApi('getMyPageHome', {}, { signedIn: true });

export const useMyPageHome = () => useQuery({ queryKey: ['myPageHome'], queryFn: getMyPageHome });
