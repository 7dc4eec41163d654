import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import {
  CODE_MAX_WRONG_ENTRIES,
  confirmationCodeSchema,
  FIRST_PASSWORD_CODE_VALID_DAYS,
  newPasswordFormSchema,
  routes,
} from '@hellowork/contracts';
import { FormAlert } from '../../components/FormAlert';
import { MailedCodeField } from '../../components/MailedCodeField';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { PageLink } from '../../components/PageLink';
import { SubmitButton } from '../../components/SubmitButton';
import { confirmationCodeMessage } from '../../lib/confirmationCode';
import { useDocumentTitle } from '../../lib/documentTitle';
import { focusOnMount } from '../../lib/focus';
import { useSetFirstPassword } from './api/setFirstPassword';

const TITLE = '初回パスワード設定';
// The address is checked against the password by the function, which knows it (the screen is opened from the mail).
const formSchema = newPasswordFormSchema({ code: confirmationCodeSchema }, '');
type Form = { code: string; newPassword: string; newPasswordConfirmation: string };

/**
 * 初回パスワード設定: opened from the マイページ開設 mail, whose link names the code's verification (in the
 * fragment); the 確認コード of that mail and the first password, twice. A void code sends the job seeker to
 * パスワードをお忘れの方, which sets a password as well.
 */
export function FirstPasswordScreen() {
  useDocumentTitle(TITLE);
  const verificationId = useLocation().hash.slice(1);
  const setFirstPassword = useSetFirstPassword();
  const failureId = useId();
  const failure = verificationId
    ? confirmationCodeMessage(setFirstPassword.error)
    : 'メールに記載されたURLから、この画面を開いてください。';
  const describedBy = failure ? failureId : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { code: '', newPassword: '', newPasswordConfirmation: '' } });
  const onSubmit = handleSubmit(({ code, newPassword }) => setFirstPassword.mutate({ verificationId, code, newPassword }));
  if (setFirstPassword.isSuccess)
    return (
      <main className="public-page">
        <h1>{TITLE}</h1>
        <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
          <p>パスワードを設定しました。メールアドレスと新しいパスワードでログインしてください。</p>
        </div>
        <PageLink to={routes.login}>ログイン画面へ</PageLink>
      </main>
    );
  return (
    <main className="public-page">
      <h1>{TITLE}</h1>
      <p>マイページ開設のお知らせメールに記載された確認コードと、新しいパスワードを入力してください。</p>
      <p>
        確認コードの有効期限はメール送信から{FIRST_PASSWORD_CODE_VALID_DAYS}日間です。{CODE_MAX_WRONG_ENTRIES}
        回間違えると無効になります。無効になった場合は「パスワードをお忘れの方」からパスワードを設定してください。
      </p>
      <form onSubmit={onSubmit} noValidate className="card">
        {failure && <FormAlert id={failureId}>{failure}</FormAlert>}
        <MailedCodeField error={errors.code?.message} describedBy={describedBy} {...register('code')} />
        <NewPasswordFields
          newPassword={register('newPassword')}
          confirmation={register('newPasswordConfirmation')}
          errors={{ newPassword: errors.newPassword?.message, confirmation: errors.newPasswordConfirmation?.message }}
          describedBy={describedBy}
        />
        <SubmitButton label="パスワードを設定" pending={setFirstPassword.isPending} />
      </form>
      <ul className="links">
        <li>
          <Link to={routes.passwordReminder}>パスワードをお忘れの方</Link>
        </li>
      </ul>
      <PageLink to={routes.login}>ログイン画面に戻る</PageLink>
    </main>
  );
}
