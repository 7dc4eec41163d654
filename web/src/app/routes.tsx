import type { RouteObject } from 'react-router';
import { AccountScreen } from '../features/account/AccountScreen';
import { LoginScreen } from '../features/login/LoginScreen';
import { HomeScreen } from '../features/myPage/HomeScreen';
import { MyPageLayout } from '../features/myPage/MyPageLayout';
import { OtpScreen } from '../features/otp/OtpScreen';
import { PasswordResetScreen } from '../features/passwordReset/PasswordResetScreen';
import { PlaceholderScreen } from '../features/placeholders/PlaceholderScreen';
import { RequireSession } from './RequireSession';
import { PreferencesScreen } from '../features/settings/PreferencesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { PublicLayout } from './PublicLayout';
import { paths } from '@hellowork/contracts';

const toLogin = { to: paths.login, label: 'ログイン画面に戻る' };
const toHome = { to: paths.home, label: 'ホームに戻る' };
const toPreferences = { to: paths.preferences, label: '各種設定に戻る' };

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: paths.login, element: <LoginScreen /> },
      { path: paths.otp, element: <OtpScreen /> },
      { path: paths.passwordReminder, element: <PasswordResetScreen /> },
      { path: paths.reRegistration, element: <PlaceholderScreen title="アカウントを再登録" backTo={toLogin} /> },
      {
        path: paths.manual,
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
          { path: paths.home, element: <HomeScreen /> },
          { path: paths.jobs, element: <PlaceholderScreen title="求人検索" backTo={toHome} /> },
          { path: paths.activities, element: <PlaceholderScreen title="求職活動状況" backTo={toHome} /> },
          { path: paths.messages, element: <PlaceholderScreen title="メッセージ" backTo={toHome} /> },
          { path: paths.settings, element: <SettingsScreen /> },
          { path: paths.preferences, element: <PreferencesScreen /> },
          { path: paths.account, element: <AccountScreen /> },
          { path: paths.jobSeekerStatus, element: <PlaceholderScreen title="求職状態の切り替え" backTo={toPreferences} /> },
        ],
      },
    ],
  },
  { path: '*', element: <PlaceholderScreen title="ページが見つかりません" backTo={toHome} /> },
];
