import { Link } from 'react-router';
import { formatJapanTime, paths, type JobSeekerStatus } from '@hellowork/contracts';

const japanDate = (iso: string) => formatJapanTime(iso).split(' ')[0];

/** 各種設定 › 求職状態: 有効/無効 with its 期限, and the switch. */
export function JobSeekerStatusSection({ status: { active, validUntil } }: { status: JobSeekerStatus }) {
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">求職状態</h2>
      <p>求職の有効期間は、原則として登録から翌々月の末日です。</p>
      <p>有効期間を過ぎると求職状態が「無効」になり、マイページの一部機能をご利用いただけなくなります。</p>
      <p>求職状態(有効/無効)ごとのマイページの利用可能範囲は求職者マイページにてご確認ください。</p>
      <p>
        以下のボタンから求職活動の状態の「有効」「無効」(求職取消)を切り替えることができます。「有効」へ切り替えられない場合は、最寄りのハローワークまでお越しください。
      </p>
      <dl className="settings-list">
        <dt>求職状態</dt>
        <dd>
          {active ? '有効' : '無効'}
          {active && validUntil && `(期限:${japanDate(validUntil)})`}{' '}
          <Link to={paths.jobSeekerStatus} className="button-link secondary">
            {active ? '求職無効' : '求職有効'}
          </Link>
        </dd>
      </dl>
    </section>
  );
}
