import { Link } from 'react-router';
import { formatJapanTime, routes, type MyPageHome } from '@hellowork/contracts';
import { QueryState } from '../../components/QueryState';
import { useMyPageHome } from './api/getMyPageHome';
import { useDocumentTitle } from '../../lib/documentTitle';

/** 【参考】ログイン後の最初の表示画面: 求職者マイページホーム. */
export function HomeScreen() {
  useDocumentTitle('求職者マイページホーム');
  const query = useMyPageHome();
  return (
    <>
      <p className="breadcrumb">ホーム</p>
      <h1>求職者マイページホーム</h1>
      <QueryState query={query}>
        {(home) => (
          <div className="home-grid">
            <section aria-labelledby="jobs-heading" className="card">
              <p>
                {home.previousLoginAt ? `前回のログイン日時: ${formatJapanTime(home.previousLoginAt)}` : '今回が初めてのログインです。'}
              </p>
              <h2 id="jobs-heading">オンラインハローワーク紹介</h2>
              {home.referralJobs ? <ReferralJobs jobs={home.referralJobs} /> : <InactiveStatusNotice />}
            </section>
            <aside aria-label="求職者情報" className="card">
              <p className="seeker-name">{home.displayName}様</p>
              <p>利用安定所名: {home.officeName}</p>
              <p>求職状態: {home.jobSeekerStatus.active ? '有効' : '無効'}</p>
              <p>
                新着メッセージ: <Link to={routes.messages}>{home.newMessageCount}件</Link>
              </p>
            </aside>
          </div>
        )}
      </QueryState>
    </>
  );
}

function ReferralJobs({ jobs }: { jobs: NonNullable<MyPageHome['referralJobs']> }) {
  return (
    <>
      {jobs.latest.length > 0 ? (
        <>
          <p>オンラインハローワーク紹介対象求人 全{jobs.total}件中最新の求人を表示しています。</p>
          <ul className="job-list">
            {jobs.latest.map((job) => (
              <li key={job.title}>
                <span className="job-occupation">職種 {job.occupation}</span> {job.count}件
                <br />
                <span className="job-title">
                  {job.title}({job.employer})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>現在、紹介対象の求人はありません。</p>
      )}
      <Link to={routes.jobs}>対象求人全て表示</Link>
    </>
  );
}

/** The manual: past its 期限 (or after 求職取消) the status is 無効 and part of My Page is closed. */
function InactiveStatusNotice() {
  return (
    <div role="note" className="warning">
      <p>求職状態が「無効」のため、オンラインハローワーク紹介などマイページの一部機能はご利用いただけません。</p>
      <p>
        求職状態は<Link to={routes.variousSettings}>各種設定</Link>
        で確認できます。「有効」にするには、最寄りのハローワークにお越しください。
      </p>
    </div>
  );
}
