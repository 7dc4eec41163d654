import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';
import { QueryState } from '../../components/QueryState';
import { useAccountSettings } from '../../lib/accountSettings';
import { JobSeekerStatusSection } from './JobSeekerStatusSection';
import { LoginAccountSection } from './LoginAccountSection';
import { OtpSkipSection } from './OtpSkipSection';
import { SecurityHistorySection } from './SecurityHistorySection';
import { useDocumentTitle } from '../../lib/documentTitle';

/** 各種設定 (seed ◎ ③④): 求職状態, ログインアカウント, ワンタイムパスワード入力省略設定, and ログイン履歴. */
export function VariousSettingsScreen() {
  useDocumentTitle('各種設定');
  const query = useAccountSettings();
  return (
    <>
      <p className="breadcrumb">
        <Link to={routes.home}>ホーム</Link> &gt; <Link to={routes.jobSeekerInfo}>求職者情報・設定</Link> &gt; 各種設定
      </p>
      <h1>各種設定</h1>
      <QueryState query={query}>
        {(settings) => (
          <>
            <JobSeekerStatusSection status={settings.jobSeekerStatus} />
            <LoginAccountSection email={settings.email} />
            <OtpSkipSection devices={settings.trustedDevices} />
            <SecurityHistorySection />
          </>
        )}
      </QueryState>
    </>
  );
}
