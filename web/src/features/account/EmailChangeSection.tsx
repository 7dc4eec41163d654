import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { LOCKOUT_MAX_FAILURES, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES } from '@hellowork/contracts';
import { MailedCodeField } from '../../components/MailedCodeField';
import { EmailField } from '../../components/EmailField';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { focusOnMount } from '../../lib/focus';
import { SubmitButton } from '../../components/SubmitButton';
import {
  confirmationCodeMessage,
  restartOnDeadEnd,
  useCodeFlow,
  type CodeStepProps,
  type RequestStepProps,
} from '../../lib/confirmationCode';
import { confirmEmailChangeFormSchema, useConfirmEmailChange, type ConfirmEmailChangeForm } from './api/confirmEmailChange';
import { requestEmailChangeInputSchema, useRequestEmailChange, type RequestEmailChangeInput } from './api/requestEmailChange';

/**
 * メールアドレスの変更: the current password proves it is the holder (under the
 * login's own lock), a code mailed to the new address proves that address.
 */
export function EmailChangeSection({ email }: { email: string }) {
  const { step, sent, codeStep } = useCodeFlow();
  return (
    <section aria-labelledby="email-change-heading" className="card">
      <h2 id="email-change-heading">メールアドレスの変更</h2>
      <p>現在のメールアドレス: {email}</p>
      {step.step === 'request' && <AddressStep restartReason={step.restartReason} onSent={sent} />}
      {step.step === 'code' && <CodeStep {...codeStep(step)} />}
      {step.step === 'done' && (
        <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
          <p>メールアドレスを {step.email} に変更しました。次回から新しいメールアドレスでログインしてください。</p>
          <p>変更前のメールアドレスにお知らせを送信しました。</p>
        </div>
      )}
    </section>
  );
}

function AddressStep({ restartReason, onSent }: RequestStepProps) {
  const requestMutation = useRequestEmailChange();
  const failureId = useId();
  const failure = requestMutation.error?.message ?? restartReason;
  const describedBy = failure ? failureId : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RequestEmailChangeInput>({
    resolver: zodResolver(requestEmailChangeInputSchema),
    defaultValues: { currentPassword: '', newEmail: '' },
  });
  const onSubmit = handleSubmit((input) =>
    requestMutation.mutate(input, { onSuccess: ({ verificationId }) => onSent(verificationId, input.newEmail.trim()) }),
  );
  return (
    <>
      <p>現在のパスワードと新しいメールアドレスを入力し、『確認コードを送信』をクリックしてください。</p>
      <p>ログイン中の端末・ブラウザと、ワンタイムパスワード入力を省略する設定はそのまま使えます(パスワードは変わらないため)。</p>
      <form onSubmit={onSubmit} noValidate>
        {failure && (
          <FormAlert id={failureId} ref={restartReason ? focusOnMount : undefined}>
            {failure}
          </FormAlert>
        )}
        <PasswordField
          label="現在のパスワード"
          autoComplete="current-password"
          hint={`${LOCKOUT_MAX_FAILURES}回間違えるとアカウントがロックされます(ログインと同じ回数です)。`}
          error={errors.currentPassword?.message}
          describedBy={describedBy}
          {...register('currentPassword')}
        />
        <EmailField
          label="新しいメールアドレス"
          hint="ここに確認コードを送信します。"
          autoComplete="email"
          error={errors.newEmail?.message}
          describedBy={describedBy}
          {...register('newEmail')}
        />
        <SubmitButton label="確認コードを送信" pending={requestMutation.isPending} />
      </form>
    </>
  );
}

function CodeStep({ verificationId, email, onDone, onRestart }: CodeStepProps) {
  const confirmMutation = useConfirmEmailChange();
  const failureId = useId();
  const failure = confirmationCodeMessage(confirmMutation.error);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ConfirmEmailChangeForm>({ resolver: zodResolver(confirmEmailChangeFormSchema), defaultValues: { code: '' } });
  const onSubmit = handleSubmit(({ code }) =>
    confirmMutation.mutate({ verificationId, code }, { onSuccess: onDone, onError: restartOnDeadEnd(onRestart) }),
  );
  return (
    <>
      <p ref={focusOnMount} tabIndex={-1}>
        {email} 宛てに確認コードを送信しました。メールに記載された確認コードを入力し、『メールアドレスを変更』をクリックしてください。
      </p>
      <p>
        確認コードの有効時間は{CODE_VALID_MINUTES}分間です。{CODE_MAX_WRONG_ENTRIES}
        回間違えると無効になります。ほかのアカウントのログインに使われているメールアドレスには、確認コードは届きません。
      </p>
      <form onSubmit={onSubmit} noValidate>
        {failure && <FormAlert id={failureId}>{failure}</FormAlert>}
        <MailedCodeField error={errors.code?.message} describedBy={failure ? failureId : undefined} {...register('code')} />
        <SubmitButton label="メールアドレスを変更" pendingLabel="変更中…" pending={confirmMutation.isPending} />
      </form>
    </>
  );
}
