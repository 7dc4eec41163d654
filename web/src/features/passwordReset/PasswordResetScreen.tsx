import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';
import { CodeRequestForm, ConfirmationCodeFlow, ConfirmationCodeStep, useCodeRequest } from '../../components/ConfirmationCode';
import { EmailField } from '../../components/EmailField';
import type { CodeStepProps, RequestStepProps } from '../../lib/confirmationCode';
import { focusOnMount } from '../../lib/focus';
import { useDocumentTitle } from '../../lib/documentTitle';
import { requestPasswordResetInputSchema, useRequestPasswordReset } from './api/requestPasswordReset';
import { useResetPassword } from './api/resetPassword';

const TITLE = 'パスワードをお忘れの方';

/**
 * パスワードをお忘れの方: the address, then the 確認コード from the mail and
 * the new password twice. The next screen is the same whether or not the
 * address has an account; only its holder gets the mail.
 */
export function PasswordResetScreen() {
  useDocumentTitle(TITLE);
  return (
    <main className="public-page">
      <h1>{TITLE}</h1>
      <ConfirmationCodeFlow
        requestStep={AddressStep}
        codeStep={CodeStep}
        done={() => (
          <>
            <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
              <p>パスワードを再設定しました。</p>
              <p>
                すべての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定もすべて解除しました。新しいパスワードでログインしてください。
              </p>
            </div>
            <ul className="links">
              <li>
                <Link to={routes.login}>ログイン画面へ</Link>
              </li>
            </ul>
          </>
        )}
        footer={
          <ul className="links">
            <li>
              <Link to={routes.login}>ログイン画面に戻る</Link>
            </li>
          </ul>
        }
      />
    </main>
  );
}

function AddressStep({ restartReason, onSent }: RequestStepProps) {
  const requestMutation = useRequestPasswordReset();
  const { register, errors, onSubmit } = useCodeRequest({
    schema: requestPasswordResetInputSchema,
    defaultValues: { email: '' },
    mutation: requestMutation,
    onSent,
    sentTo: (input) => input.email.trim(),
  });
  return (
    <>
      <p>ログインに使っている『メールアドレス』を入力し、『確認コードを送信』をクリックしてください。</p>
      <p>登録されているメールアドレスの場合、パスワード再設定のための確認コードがメールで届きます。</p>
      <CodeRequestForm restartReason={restartReason} error={requestMutation.error} pending={requestMutation.isPending} onSubmit={onSubmit}>
        {(describedBy) => <EmailField error={errors.email?.message} describedBy={describedBy} {...register('email')} />}
      </CodeRequestForm>
    </>
  );
}

function CodeStep(props: CodeStepProps) {
  const resetMutation = useResetPassword();
  return (
    <ConfirmationCodeStep
      {...props}
      sentNote="(登録されているメールアドレスの場合)"
      instruction="メールに記載された確認コードと、新しいパスワードを入力してください。"
      otherAccountsNote={false}
      withNewPassword
      submitLabel="パスワードを再設定"
      mutation={resetMutation}
      toRequest={(entered) => entered}
    />
  );
}
