import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, paths } from '@hellowork/contracts';
import { CodeAndNewPasswordForm } from '../../components/CodeAndNewPasswordForm';
import { EmailField } from '../../components/EmailField';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import {
  confirmationCodeMessage,
  restartOnDeadEnd,
  useCodeFlow,
  type CodeStepProps,
  type RequestStepProps,
} from '../../lib/confirmationCode';
import { focusOnMount } from '../../lib/focus';
import { useDocumentTitle } from '../../lib/documentTitle';
import { requestPasswordResetInputSchema, useRequestPasswordReset, type RequestPasswordResetInput } from './api/requestPasswordReset';
import { useResetPassword } from './api/resetPassword';

const TITLE = 'パスワードをお忘れの方';

/**
 * パスワードをお忘れの方: the address, then the 確認コード from the mail and
 * the new password twice. The next screen is the same whether or not the
 * address has an account; only its holder gets the mail.
 */
export function PasswordResetScreen() {
  useDocumentTitle(TITLE);
  const { step, sent, codeStep } = useCodeFlow();
  return (
    <main className="public-page">
      <h1>{TITLE}</h1>
      {step.step === 'request' && <AddressStep restartReason={step.restartReason} onSent={sent} />}
      {step.step === 'code' && <CodeStep {...codeStep(step)} />}
      {step.step === 'done' && (
        <>
          <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
            <p>パスワードを再設定しました。</p>
            <p>
              すべての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定もすべて解除しました。新しいパスワードでログインしてください。
            </p>
          </div>
          <ul className="links">
            <li>
              <Link to={paths.login}>ログイン画面へ</Link>
            </li>
          </ul>
        </>
      )}
      {step.step !== 'done' && (
        <ul className="links">
          <li>
            <Link to={paths.login}>ログイン画面に戻る</Link>
          </li>
        </ul>
      )}
    </main>
  );
}

function AddressStep({ restartReason, onSent }: RequestStepProps) {
  const requestMutation = useRequestPasswordReset();
  const failureId = useId();
  const failure = confirmationCodeMessage(requestMutation.error);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RequestPasswordResetInput>({ resolver: zodResolver(requestPasswordResetInputSchema), defaultValues: { email: '' } });
  const onSubmit = handleSubmit((input) =>
    requestMutation.mutate(input, { onSuccess: ({ verificationId }) => onSent(verificationId, input.email.trim()) }),
  );
  return (
    <>
      <p>ログインに使っている『メールアドレス』を入力し、『確認コードを送信』をクリックしてください。</p>
      <p>登録されているメールアドレスの場合、パスワード再設定のための確認コードがメールで届きます。</p>
      <form onSubmit={onSubmit} noValidate className="card">
        {(failure ?? restartReason) && (
          <FormAlert id={failureId} ref={restartReason ? focusOnMount : undefined}>
            {failure ?? restartReason}
          </FormAlert>
        )}
        <EmailField error={errors.email?.message} describedBy={failure ? failureId : undefined} {...register('email')} />
        <SubmitButton label="確認コードを送信" pending={requestMutation.isPending} />
      </form>
    </>
  );
}

function CodeStep({ verificationId, email, onDone, onRestart }: CodeStepProps) {
  const resetMutation = useResetPassword();
  return (
    <>
      <p ref={focusOnMount} tabIndex={-1}>
        {email}{' '}
        宛てに確認コードを送信しました(登録されているメールアドレスの場合)。メールに記載された確認コードと、新しいパスワードを入力してください。
      </p>
      <p>
        確認コードの有効時間は{CODE_VALID_MINUTES}分間です。{CODE_MAX_WRONG_ENTRIES}回間違えると無効になります。
      </p>
      <CodeAndNewPasswordForm
        email={email}
        submitLabel="パスワードを再設定"
        pending={resetMutation.isPending}
        failure={confirmationCodeMessage(resetMutation.error)}
        onSubmit={({ code, newPassword }) =>
          resetMutation.mutate({ verificationId, code, newPassword }, { onSuccess: onDone, onError: restartOnDeadEnd(onRestart) })
        }
      />
    </>
  );
}
