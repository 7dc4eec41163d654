import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AppRoute } from '@hellowork/contracts';

/** The way out of a page, below its content (ログイン画面に戻る, 各種設定に戻る). */
export function PageLink({ to, children }: { to: AppRoute; children: ReactNode }) {
  return (
    <ul className="links">
      <li>
        <Link to={to}>{children}</Link>
      </li>
    </ul>
  );
}
