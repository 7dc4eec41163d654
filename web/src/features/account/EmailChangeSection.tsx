import { ConfirmationCodeFlow } from '../../components/ConfirmationCode';
import { CurrentPasswordField } from '../../components/CurrentPasswordField';
import { NewEmailField } from '../../components/EmailField';
import { useConfirmEmailChange } from './api/confirmEmailChange';
import { requestEmailChangeInputSchema, useRequestEmailChange } from './api/requestEmailChange';

/**
 * メールアドレスの変更: the current password proves it is the holder (under the
 * login's own lock), a code mailed to the new address proves that address.
 */
export function EmailChangeSection({ email }: { email: string }) {
  const requestChange = useRequestEmailChange();
  const confirmChange = useConfirmEmailChange();
  return (
    <section aria-labelledby="email-change-heading" className="card">
      <h2 id="email-change-heading">メールアドレスの変更</h2>
      <p>現在のメールアドレス: {email}</p>
      <ConfirmationCodeFlow
        boxed={false}
        request={{
          call: requestChange,
          schema: requestEmailChangeInputSchema,
          defaultValues: { currentPassword: '', newEmail: '' },
          sentTo: 'newEmail',
        }}
        intro={
          <>
            <p>現在のパスワードと新しいメールアドレスを入力し、『確認コードを送信』をクリックしてください。</p>
            <p>ログイン中の端末・ブラウザと、ワンタイムパスワード入力を省略する設定はそのまま使えます。</p>
          </>
        }
        fields={({ register, errors, describedBy }) => (
          <>
            <CurrentPasswordField error={errors.currentPassword?.message} describedBy={describedBy} {...register('currentPassword')} />
            <NewEmailField hint="" error={errors.newEmail?.message} describedBy={describedBy} {...register('newEmail')} />
          </>
        )}
        code={{
          call: confirmChange,
          instruction: 'メールに記載された確認コードを入力し、『メールアドレスを変更』をクリックしてください。',
          submitLabel: 'メールアドレスを変更',
          pendingLabel: '変更中…',
        }}
        done={(newEmail) => (
          <>
            <p>メールアドレスを {newEmail} に変更しました。次回から新しいメールアドレスでログインしてください。</p>
            <p>変更前のメールアドレスにお知らせを送信しました。</p>
          </>
        )}
      />
    </section>
  );
}
