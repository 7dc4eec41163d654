import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';
import { useDocumentTitle } from '../../lib/documentTitle';

/** An address the app has no page for: says so, and offers the way in (home, or the login for a visitor). */
export function NotFoundScreen() {
  useDocumentTitle('ページが見つかりません');
  return (
    <main className="public-page">
      <h1>ページが見つかりません</h1>
      <p>お探しのページは見つかりませんでした。アドレス(URL)に誤りがないか、ご確認ください。</p>
      <Link to={routes.home}>求職者マイページに戻る</Link>
    </main>
  );
}
