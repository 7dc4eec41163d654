import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { newPasswordFormSchema, resetCodeSchema, resetPasswordRequestSchema, type ResetPasswordResponse } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';

/** Step 2's form: the code from the mail and the new password twice, checked against the address it is for. */
export const resetPasswordFormSchema = (email: string) => newPasswordFormSchema({ code: resetCodeSchema }, email);
export type ResetPasswordForm = z.input<ReturnType<typeof resetPasswordFormSchema>>;

export const resetPassword = ({ verificationId, code, newPassword }: { verificationId: string; code: string; newPassword: string }) =>
  callApi<ResetPasswordResponse>('resetPassword', resetPasswordRequestSchema.parse({ verificationId, code, newPassword }));

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
