import { CodeRequestForm, ConfirmationCodeFlow, ConfirmationCodeStep, useCodeRequest } from '../../components/ConfirmationCode';
import { CurrentPasswordField } from '../../components/CurrentPasswordField';
import { NewEmailField } from '../../components/EmailField';
import type { CodeStepProps, RequestStepProps } from '../../lib/confirmationCode';
import { focusOnMount } from '../../lib/focus';
import { useConfirmEmailChange } from './api/confirmEmailChange';
import { requestEmailChangeInputSchema, useRequestEmailChange } from './api/requestEmailChange';

/**
 * メールアドレスの変更: the current password proves it is the holder (under the
 * login's own lock), a code mailed to the new address proves that address.
 */
export function EmailChangeSection({ email }: { email: string }) {
  return (
    <section aria-labelledby="email-change-heading" className="card">
      <h2 id="email-change-heading">メールアドレスの変更</h2>
      <p>現在のメールアドレス: {email}</p>
      <ConfirmationCodeFlow
        requestStep={AddressStep}
        codeStep={CodeStep}
        done={(newEmail) => (
          <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
            <p>メールアドレスを {newEmail} に変更しました。次回から新しいメールアドレスでログインしてください。</p>
            <p>変更前のメールアドレスにお知らせを送信しました。</p>
          </div>
        )}
      />
    </section>
  );
}

function AddressStep({ restartReason, onSent }: RequestStepProps) {
  const requestMutation = useRequestEmailChange();
  const { register, errors, onSubmit } = useCodeRequest({
    schema: requestEmailChangeInputSchema,
    defaultValues: { currentPassword: '', newEmail: '' },
    mutation: requestMutation,
    onSent,
    sentTo: (input) => input.newEmail.trim(),
  });
  return (
    <>
      <p>現在のパスワードと新しいメールアドレスを入力し、『確認コードを送信』をクリックしてください。</p>
      <p>ログイン中の端末・ブラウザと、ワンタイムパスワード入力を省略する設定はそのまま使えます(パスワードは変わらないため)。</p>
      <CodeRequestForm
        restartReason={restartReason}
        error={requestMutation.error}
        pending={requestMutation.isPending}
        onSubmit={onSubmit}
        boxed={false}
      >
        {(describedBy) => (
          <>
            <CurrentPasswordField error={errors.currentPassword?.message} describedBy={describedBy} {...register('currentPassword')} />
            <NewEmailField hint="" error={errors.newEmail?.message} describedBy={describedBy} {...register('newEmail')} />
          </>
        )}
      </CodeRequestForm>
    </>
  );
}

function CodeStep(props: CodeStepProps) {
  const confirmMutation = useConfirmEmailChange();
  return (
    <ConfirmationCodeStep
      {...props}
      instruction="メールに記載された確認コードを入力し、『メールアドレスを変更』をクリックしてください。"
      submitLabel="メールアドレスを変更"
      pendingLabel="変更中…"
      boxed={false}
      mutation={confirmMutation}
      toRequest={({ verificationId, code }) => ({ verificationId, code })}
    />
  );
}
