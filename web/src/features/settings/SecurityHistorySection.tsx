import {
  formatJapanTime,
  securityEventLabel,
  SECURITY_HISTORY_LOGINS,
  SECURITY_HISTORY_SIZE,
  type SecurityEventView,
} from '@hellowork/contracts';
import { QueryState } from '../../components/QueryState';
import { useSecurityHistory } from './api/getSecurityHistory';

function EventTable({ caption, events }: { caption: string; events: SecurityEventView[] }) {
  if (events.length === 0) return <p>記録はありません。</p>;
  return (
    <table className="device-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">日時</th>
          <th scope="col">内容</th>
          <th scope="col">端末・ブラウザ</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event, index) => (
          <tr key={`${event.at}-${String(index)}`}>
            <th scope="row">{formatJapanTime(event.at)}</th>
            <td data-label="内容">{securityEventLabel(event)}</td>
            <td data-label="端末・ブラウザ">{event.client}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Beyond the manual: what happened to the account, so the holder can spot what was not them. The holder's
 * own logins are shown apart: anyone who knows the address can fill the newest records with wrong passwords.
 */
export function SecurityHistorySection() {
  const query = useSecurityHistory();
  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">ログイン履歴</h2>
      <p className="hint">
        覚えのない記録がある場合は、パスワードを変更してください。また、『ワンタイムパスワードの入力を再開する』をクリックすると、
        全ての端末・ブラウザでワンタイムパスワードの入力が必要になります。
      </p>
      <QueryState query={query}>
        {({ events, logins }) => (
          <>
            <h3>最近のログイン</h3>
            <p>ログインできた記録です(新しい順に最大{SECURITY_HISTORY_LOGINS}件)。</p>
            <EventTable caption="最近のログイン" events={logins} />
            <h3>全ての記録</h3>
            <p>ログインの失敗や設定の変更も含めた、このアカウントの記録です(新しい順に最大{SECURITY_HISTORY_SIZE}件)。</p>
            <EventTable caption="全ての記録" events={events} />
          </>
        )}
      </QueryState>
    </section>
  );
}
