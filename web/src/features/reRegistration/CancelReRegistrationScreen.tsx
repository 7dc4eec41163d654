import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RE_REGISTRATION_CANCEL_CODE_DIGITS, routes, type CancelReRegistrationRequest } from '@hellowork/contracts';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { PageLink } from '../../components/PageLink';
import { SubmitButton } from '../../components/SubmitButton';
import { confirmationCodeMessage } from '../../lib/confirmationCode';
import { useDocumentTitle } from '../../lib/documentTitle';
import { focusOnMount } from '../../lib/focus';
import { cancelReRegistrationInputSchema, useCancelReRegistration } from './api/cancelReRegistration';

const TITLE = '再登録を取り消す';

/**
 * For the holder of the old address: a re-registration they did not ask for is cancelled, before it takes
 * effect, with the code the mail to that address gave (typed here: the service's mails carry no links).
 */
export function CancelReRegistrationScreen() {
  useDocumentTitle(TITLE);
  const cancel = useCancelReRegistration();
  const failureId = useId();
  const failure = confirmationCodeMessage(cancel.error);
  const { register, handleSubmit, formState } = useForm<CancelReRegistrationRequest>({
    resolver: zodResolver(cancelReRegistrationInputSchema),
    defaultValues: { cancelCode: '' },
  });
  return (
    <main className="public-page">
      <h1>{TITLE}</h1>
      {cancel.isSuccess ? (
        <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
          <p>アカウントの再登録を取り消しました。ID(メールアドレス)とパスワードは変わっていません。</p>
          <p>ご自身で申し込んだ再登録でない場合は、最寄りのハローワークにご連絡ください。</p>
        </div>
      ) : (
        <>
          <p>
            「アカウント再登録の受付のお知らせ」のメールを受け取り、その再登録に心当たりがない場合は、メールに記載された取り消しコードを入力してください。新しいメールアドレスとパスワードに切り替わる前に取り消せます。
          </p>
          <form onSubmit={handleSubmit((input) => cancel.mutate(input))} noValidate className="card">
            {failure && <FormAlert id={failureId}>{failure}</FormAlert>}
            <Field
              label="取り消しコード"
              hint={`メールに記載された数字${RE_REGISTRATION_CANCEL_CODE_DIGITS}桁(例: 1234-5678-9012-3456)。ハイフンはあってもなくてもかまいません。`}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={40}
              error={formState.errors.cancelCode?.message}
              describedBy={failure ? failureId : undefined}
              {...register('cancelCode')}
            />
            <SubmitButton label="取り消す" pending={cancel.isPending} />
          </form>
        </>
      )}
      <PageLink to={routes.login}>{cancel.isSuccess ? 'ログイン画面へ' : 'ログイン画面に戻る'}</PageLink>
    </main>
  );
}
