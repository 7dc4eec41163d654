import { formatJapanTime, securityEventLabel, SECURITY_HISTORY_SIZE } from '@hellowork/contracts';
import { QueryState } from '../../components/QueryState';
import { useSecurityHistory } from './api/getSecurityHistory';

/** Beyond the manual: what happened to the account, so the holder can spot what was not them. */
export function SecurityHistorySection() {
  const query = useSecurityHistory();
  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">ログイン履歴</h2>
      <p>このアカウントへのログインや設定の変更の記録です(新しい順に最大{SECURITY_HISTORY_SIZE}件)。</p>
      <p className="hint">
        覚えのない記録がある場合は、パスワードを変更してください。また、「ワンタイムパスワードの入力を再開する」を押すと、
        すべての端末・ブラウザでワンタイムパスワードの入力が必要になります。
      </p>
      <QueryState query={query}>
        {({ events }) =>
          events.length === 0 ? (
            <p>記録はありません。</p>
          ) : (
            <table className="device-table">
              <caption>ログイン履歴</caption>
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
          )
        }
      </QueryState>
    </section>
  );
}
