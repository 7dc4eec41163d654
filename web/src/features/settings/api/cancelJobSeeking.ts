import { useMutation, useQueryClient } from '@tanstack/react-query';
import { emptyRequestSchema } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** 求職の取消: the 求職状態 becomes 無効 (only a Hello Work office makes it 有効 again). */
export const cancelJobSeeking = () => callApi('cancelJobSeeking', emptyRequestSchema.parse({}), { signedIn: true });

export function useCancelJobSeeking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelJobSeeking,
    // Every page that shows the status (the home, 各種設定, ログイン履歴) reads it again.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
