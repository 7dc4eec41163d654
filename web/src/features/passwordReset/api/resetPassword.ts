import { useMutation } from '@tanstack/react-query';
import { resetPasswordRequestSchema } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** Step 2: the code from the mail and the new password. */
export const resetPassword = ({ verificationId, code, newPassword }: { verificationId: string; code: string; newPassword: string }) =>
  callApi('resetPassword', resetPasswordRequestSchema.parse({ verificationId, code, newPassword }));

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
