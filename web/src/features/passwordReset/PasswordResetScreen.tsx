import { ConfirmationCodePage } from '../../components/ConfirmationCode';
import { EmailField } from '../../components/EmailField';
import { requestPasswordResetInputSchema, useRequestPasswordReset } from './api/requestPasswordReset';
import { useResetPassword } from './api/resetPassword';

/**
 * パスワードをお忘れの方: the address, then the 確認コード from the mail and
 * the new password twice. The next screen is the same whether or not the
 * address has an account; only its holder gets the mail.
 */
export function PasswordResetScreen() {
  const requestReset = useRequestPasswordReset();
  const resetPassword = useResetPassword();
  return (
    <ConfirmationCodePage
      title="パスワードをお忘れの方"
      request={{ call: requestReset, schema: requestPasswordResetInputSchema, defaultValues: { email: '' }, sentTo: 'email' }}
      intro={
        <>
          <p>ログインに使っている『メールアドレス』を入力し、『確認コードを送信』をクリックしてください。</p>
          <p>登録されているメールアドレスの場合、パスワード再設定のための確認コードがメールで届きます。</p>
        </>
      }
      fields={({ register, errors, describedBy }) => (
        <EmailField error={errors.email?.message} describedBy={describedBy} {...register('email')} />
      )}
      code={{
        call: resetPassword,
        sentNote: '(登録されているメールアドレスの場合)',
        instruction: 'メールに記載された確認コードと、新しいパスワードを入力してください。',
        otherAccountsNote: false,
        withNewPassword: true,
        submitLabel: 'パスワードを再設定',
      }}
      done={() => (
        <>
          <p>パスワードを再設定しました。</p>
          <p>
            全ての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定も全て解除しました。新しいパスワードでログインしてください。
          </p>
        </>
      )}
    />
  );
}
