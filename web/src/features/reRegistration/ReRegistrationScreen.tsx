import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import {
  CODE_MAX_WRONG_ENTRIES,
  CODE_VALID_MINUTES,
  paths,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
} from '@hellowork/contracts';
import { CodeAndNewPasswordForm } from '../../components/CodeAndNewPasswordForm';
import { EmailField } from '../../components/EmailField';
import { Field } from '../../components/Field';
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
import { useCompleteReRegistration } from './api/completeReRegistration';
import { requestReRegistrationInputSchema, useRequestReRegistration, type RequestReRegistrationInput } from './api/requestReRegistration';

const TITLE = 'アカウントを再登録';

/**
 * アカウントを再登録: for a job seeker who can no longer use their login
 * account. 求職番号 and 生年月日 prove who it is, a code proves the new
 * address, and a new password ends everything signed in before.
 */
export function ReRegistrationScreen() {
  useDocumentTitle(TITLE);
  const { step, sent, codeStep } = useCodeFlow();
  return (
    <main className="public-page">
      <h1>{TITLE}</h1>
      {step.step === 'request' && <IdentityStep restartReason={step.restartReason} onSent={sent} />}
      {step.step === 'code' && <CodeStep {...codeStep(step)} />}
      {step.step === 'done' && (
        <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
          <p>アカウントを再登録しました。新しいメールアドレス({step.email})と新しいパスワードでログインしてください。</p>
          <p>すべての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定もすべて解除しました。</p>
        </div>
      )}
      <ul className="links">
        <li>
          <Link to={paths.login}>{step.step === 'done' ? 'ログイン画面へ' : 'ログイン画面に戻る'}</Link>
        </li>
      </ul>
    </main>
  );
}

function IdentityStep({ restartReason, onSent }: RequestStepProps) {
  const requestMutation = useRequestReRegistration();
  const failureId = useId();
  const lockHintId = useId();
  const failure = requestMutation.error?.message ?? restartReason;
  const describedBy = failure ? failureId : undefined;
  // The lock is stated after both fields it counts, and read out with each.
  const identityDescribedBy = [describedBy, lockHintId].filter(Boolean).join(' ');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RequestReRegistrationInput>({
    resolver: zodResolver(requestReRegistrationInputSchema),
    defaultValues: { jobSeekerNumber: '', birthDate: '', email: '' },
  });
  const onSubmit = handleSubmit((input) =>
    requestMutation.mutate(input, { onSuccess: ({ verificationId }) => onSent(verificationId, input.email.trim()) }),
  );
  return (
    <>
      <p>
        ログインに使っていたメールアドレスが使えなくなった場合などに、求職番号と生年月日で本人確認を行い、新しいメールアドレスとパスワードでアカウントを登録し直します。
      </p>
      <p>求職番号は、ハローワークで受け取った「求職受付票(ハローワークカード)」に記載されています。</p>
      <form onSubmit={onSubmit} noValidate className="card">
        {failure && (
          <FormAlert id={failureId} ref={restartReason ? focusOnMount : undefined}>
            {failure}
          </FormAlert>
        )}
        <Field
          label="求職番号"
          hint="求職受付票に記載の数字13桁(例: 13010-12345671)。ハイフンはあってもなくてもかまいません。"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          error={errors.jobSeekerNumber?.message}
          describedBy={identityDescribedBy}
          {...register('jobSeekerNumber')}
        />
        <Field
          label="生年月日"
          type="date"
          autoComplete="bday"
          error={errors.birthDate?.message}
          describedBy={identityDescribedBy}
          {...register('birthDate')}
        />
        <p className="hint" id={lockHintId}>
          求職番号または生年月日を{RE_REGISTRATION_MAX_FAILURES}回間違えると、その求職番号でのアカウントの再登録が
          {RE_REGISTRATION_LOCK_HOURS}
          時間できなくなります。
        </p>
        <EmailField
          label="新しいメールアドレス"
          hint="ここに確認コードを送信します。このメールアドレスが新しいログインIDになります。"
          autoComplete="email"
          error={errors.email?.message}
          describedBy={describedBy}
          {...register('email')}
        />
        <SubmitButton label="確認コードを送信" pending={requestMutation.isPending} />
      </form>
    </>
  );
}

function CodeStep({ verificationId, email, onDone, onRestart }: CodeStepProps) {
  const completeMutation = useCompleteReRegistration();
  return (
    <>
      <p ref={focusOnMount} tabIndex={-1}>
        {email} 宛てに確認コードを送信しました。メールに記載された確認コードと、新しいパスワードを入力してください。
      </p>
      <p>
        確認コードの有効時間は{CODE_VALID_MINUTES}分間です。{CODE_MAX_WRONG_ENTRIES}
        回間違えると無効になります。ほかのアカウントのログインに使われているメールアドレスには、確認コードは届きません。
      </p>
      <CodeAndNewPasswordForm
        email={email}
        submitLabel="アカウントを再登録"
        pending={completeMutation.isPending}
        failure={confirmationCodeMessage(completeMutation.error)}
        onSubmit={({ code, newPassword }) =>
          completeMutation.mutate({ verificationId, code, newPassword }, { onSuccess: onDone, onError: restartOnDeadEnd(onRestart) })
        }
      />
    </>
  );
}
