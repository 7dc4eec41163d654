import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';

/** 各種設定 › ログインアカウント: the ID shown, the password never. */
export function LoginAccountSection({ email }: { email: string }) {
  return (
    <section aria-labelledby="account-heading" className="card">
      <h2 id="account-heading">ログインアカウント</h2>
      <p>マイページにログインするためのID(メールアドレス)とパスワードです。</p>
      <p>変更するには、「アカウントを編集」ボタンをクリックしてください。</p>
      <dl className="settings-list">
        <dt>ID(メールアドレス)</dt>
        <dd>{email}</dd>
        <dt>パスワード</dt>
        <dd aria-label="パスワード(表示しません)">●●●●●●●●</dd>
      </dl>
      <Link to={routes.account} className="button-link secondary">
        アカウントを編集
      </Link>
    </section>
  );
}
