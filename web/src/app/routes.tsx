import type { RouteObject } from 'react-router';
import { LoginScreen } from '../features/login/LoginScreen';
import { HomeScreen } from '../features/myPage/HomeScreen';
import { MyPageLayout } from '../features/myPage/MyPageLayout';
import { OtpScreen } from '../features/otp/OtpScreen';
import { PlaceholderScreen } from '../features/placeholders/PlaceholderScreen';
import { RequireSession } from './RequireSession';
import { PreferencesScreen } from '../features/settings/PreferencesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { PublicLayout } from './PublicLayout';

const toLogin = { to: '/login', label: 'ログイン画面に戻る' };
const toHome = { to: '/', label: 'ホームに戻る' };
const toPreferences = { to: '/settings/preferences', label: '各種設定に戻る' };

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/login', element: <LoginScreen /> },
      { path: '/login/otp', element: <OtpScreen /> },
      { path: '/password-reminder', element: <PlaceholderScreen title="パスワードをお忘れの方" backTo={toLogin} /> },
      { path: '/re-registration', element: <PlaceholderScreen title="アカウントを再登録" backTo={toLogin} /> },
      {
        path: '/manual',
        element: <PlaceholderScreen title="求職者マイページ利用者マニュアル(利用登録者)" backTo={toLogin} />,
      },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <MyPageLayout />,
        children: [
          { path: '/', element: <HomeScreen /> },
          { path: '/jobs', element: <PlaceholderScreen title="求人検索" backTo={toHome} /> },
          { path: '/activities', element: <PlaceholderScreen title="求職活動状況" backTo={toHome} /> },
          { path: '/messages', element: <PlaceholderScreen title="メッセージ" backTo={toHome} /> },
          { path: '/settings', element: <SettingsScreen /> },
          { path: '/settings/preferences', element: <PreferencesScreen /> },
          { path: '/settings/account', element: <PlaceholderScreen title="アカウントを編集" backTo={toPreferences} /> },
          { path: '/settings/job-seeker-status', element: <PlaceholderScreen title="求職状態の切り替え" backTo={toPreferences} /> },
        ],
      },
    ],
  },
  { path: '*', element: <PlaceholderScreen title="ページが見つかりません" backTo={toHome} /> },
];
