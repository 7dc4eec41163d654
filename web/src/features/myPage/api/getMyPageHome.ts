import { useQuery } from '@tanstack/react-query';
import type { MyPageHome } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

export const getMyPageHome = () => callApi<MyPageHome>('getMyPageHome', {}, { signedIn: true });

export const useMyPageHome = () => useQuery({ queryKey: ['myPageHome'], queryFn: getMyPageHome });
