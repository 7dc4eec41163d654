import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';
import { PageLink } from '../../components/PageLink';
import { QueryState } from '../../components/QueryState';
import { useAccountSettings } from '../../lib/accountSettings';
import { useDocumentTitle } from '../../lib/documentTitle';
import { EmailChangeSection } from './EmailChangeSection';
import { PasswordChangeSection } from './PasswordChangeSection';

/** 各種設定 › ログインアカウント › アカウントを編集: メールアドレスの変更 and パスワード変更. */
export function AccountScreen() {
  useDocumentTitle('アカウントを編集');
  const settings = useAccountSettings();
  return (
    <>
      <p className="breadcrumb">
        <Link to={routes.home}>ホーム</Link> &gt; <Link to={routes.jobSeekerInfo}>求職者情報・設定</Link> &gt;{' '}
        <Link to={routes.variousSettings}>各種設定</Link> &gt; アカウントを編集
      </p>
      <h1>アカウントを編集</h1>
      <QueryState query={settings}>
        {(data) => (
          <>
            <EmailChangeSection email={data.email} />
            <PasswordChangeSection email={data.email} />
          </>
        )}
      </QueryState>
      <PageLink to={routes.variousSettings}>各種設定に戻る</PageLink>
    </>
  );
}
