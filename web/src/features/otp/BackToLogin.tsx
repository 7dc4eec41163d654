import { Link } from 'react-router';
import { routes } from '@hellowork/contracts';

/** The only way on once the code is spent: a new login. */
export function BackToLogin() {
  return (
    <Link to={routes.login} replace className="button-link">
      ログイン画面に戻る
    </Link>
  );
}
