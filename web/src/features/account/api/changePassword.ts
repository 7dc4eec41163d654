import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePasswordRequestSchema, enteredPasswordSchema, newPasswordFormSchema, z } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { signInWithLoginToken } from '../../../lib/session';

/** The form: the current password, then the new one twice, checked against the address and the current one. */
export const changePasswordFormSchema = (email: string) => newPasswordFormSchema({ currentPassword: enteredPasswordSchema }, email);
export type ChangePasswordForm = z.input<ReturnType<typeof changePasswordFormSchema>>;

/** Every other session ended with the old password: this browser signs in again with the fresh one. */
export async function changePassword({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) {
  const { customToken } = await callApi('changePassword', changePasswordRequestSchema.parse({ currentPassword, newPassword }), {
    signedIn: true,
  });
  await signInWithLoginToken(customToken);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The trusted browsers and ログイン履歴 changed with the password.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
