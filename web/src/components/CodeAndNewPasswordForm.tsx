import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from '@hellowork/contracts';
import { confirmationCodeSchema, newPasswordFormSchema } from '@hellowork/contracts';
import { MailedCodeField } from './MailedCodeField';
import { FormAlert } from './FormAlert';
import { NewPasswordFields } from './NewPasswordFields';

/** The form: the 確認コード and the new password twice, checked against the address the password is for. */
export const codeAndNewPasswordSchema = (email: string) => newPasswordFormSchema({ code: confirmationCodeSchema }, email);
type CodeAndNewPassword = z.input<ReturnType<typeof codeAndNewPasswordSchema>>;

type CodeAndNewPasswordFormProps = {
  /** The address the new password must differ from. */
  email: string;
  submitLabel: string;
  pending: boolean;
  failure: string | null;
  onSubmit: (input: { code: string; newPassword: string }) => void;
};

/** The second step of パスワードをお忘れの方 and アカウントを再登録: the code from the mail and a new password. */
export function CodeAndNewPasswordForm({ email, submitLabel, pending, failure, onSubmit }: CodeAndNewPasswordFormProps) {
  const failureId = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CodeAndNewPassword>({
    resolver: zodResolver(codeAndNewPasswordSchema(email)),
    defaultValues: { code: '', newPassword: '', newPasswordConfirmation: '' },
  });
  const describedBy = failure ? failureId : undefined;
  return (
    <form onSubmit={handleSubmit(({ code, newPassword }) => onSubmit({ code, newPassword }))} noValidate className="card">
      {failure && <FormAlert id={failureId}>{failure}</FormAlert>}
      <MailedCodeField error={errors.code?.message} describedBy={describedBy} {...register('code')} />
      <NewPasswordFields
        newPassword={register('newPassword')}
        confirmation={register('newPasswordConfirmation')}
        errors={{ newPassword: errors.newPassword?.message, confirmation: errors.newPasswordConfirmation?.message }}
        describedBy={describedBy}
      />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? '送信中…' : submitLabel}
      </button>
    </form>
  );
}
