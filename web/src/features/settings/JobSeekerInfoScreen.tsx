import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';
import { useDocumentTitle } from '../../lib/documentTitle';

/** 求職者情報・設定: the entry to 各種設定 (seed ◎ ②). */
export function JobSeekerInfoScreen() {
  useDocumentTitle('求職者情報・設定');
  return (
    <>
      <p className="breadcrumb">
        <Link to={routes.home}>ホーム</Link> &gt; 求職者情報・設定
      </p>
      <h1>求職者情報・設定</h1>
      <ul className="menu">
        <li>
          <Link to={routes.variousSettings}>各種設定</Link>
          <p className="hint">求職状態、ログインアカウント、ワンタイムパスワード入力省略設定を確認・変更できます。</p>
        </li>
      </ul>
    </>
  );
}
