import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { SiteHeader } from '../../components/SiteHeader';
import { signOut } from '../../lib/session';
import { routes } from '@hellowork/contracts';
import './myPage.css';

const navigation = [
  { to: routes.home, label: 'ホーム', end: true },
  { to: routes.jobs, label: '求人検索' },
  { to: routes.activities, label: '求職活動状況' },
  { to: routes.messages, label: 'メッセージ' },
  { to: routes.jobSeekerInfo, label: '求職者情報・設定' },
];

/** The signed-in frame: banner with ログアウト, and the My Page navigation. */
export function MyPageLayout() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = async () => {
    await signOut();
    queryClient.clear(); // nothing personal stays in memory for the next user
    void navigate(routes.login, { replace: true });
  };
  return (
    <>
      <SiteHeader>
        <button type="button" className="link-button" onClick={logout}>
          ログアウト
        </button>
      </SiteHeader>
      <nav aria-label="マイページ" className="mypage-nav">
        <ul>
          {navigation.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="mypage-main">
        <Outlet />
      </main>
    </>
  );
}
