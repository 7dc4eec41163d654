import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { CurrentPasswordField } from '../../components/CurrentPasswordField';
import { FormAlert } from '../../components/FormAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { changePasswordFormSchema, useChangePassword, type ChangePasswordForm } from './api/changePassword';

const emptyForm: ChangePasswordForm = { currentPassword: '', newPassword: '', newPasswordConfirmation: '' };

/** パスワード変更: the current password proves it is the holder, under the login's own lock. */
export function PasswordChangeSection({ email }: { email: string }) {
  const changeMutation = useChangePassword();
  const [changed, setChanged] = useState(false);
  const failureId = useId();
  const failure = changeMutation.error ? failureId : undefined;
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordForm>({ resolver: zodResolver(changePasswordFormSchema(email)), defaultValues: emptyForm });

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) => {
    setChanged(false);
    changeMutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          reset(emptyForm);
          setChanged(true);
        },
      },
    );
  });

  return (
    <section aria-labelledby="password-change-heading" className="card">
      <h2 id="password-change-heading">パスワード変更</h2>
      <p>現在のパスワードと、新しいパスワードを入力し、『パスワードを変更』をクリックしてください。</p>
      <p>変更すると、この画面以外の全ての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定も全て解除します。</p>
      {changed && (
        <div className="form-done" role="status">
          パスワードを変更しました。登録したメールアドレスにお知らせを送信しました。
        </div>
      )}
      <form onSubmit={onSubmit} noValidate>
        {changeMutation.error && <FormAlert id={failureId}>{changeMutation.error.message}</FormAlert>}
        <CurrentPasswordField error={errors.currentPassword?.message} describedBy={failure} {...register('currentPassword')} />
        <NewPasswordFields
          newPassword={register('newPassword')}
          confirmation={register('newPasswordConfirmation')}
          errors={{ newPassword: errors.newPassword?.message, confirmation: errors.newPasswordConfirmation?.message }}
          describedBy={failure}
        />
        <button type="submit" className="primary" disabled={changeMutation.isPending}>
          {changeMutation.isPending ? '変更中…' : 'パスワードを変更'}
        </button>
      </form>
    </section>
  );
}
