import type { RouteObject } from 'react-router';
import { LoginScreen } from '../features/login/LoginScreen';
import { RequireSession } from './RequireSession';
import { PublicLayout } from './PublicLayout';
import { lazyScreen } from './lazyScreen';
import { paths } from '@hellowork/contracts';

// Only the login screen is in the first file the browser loads; every other screen is its own chunk.
const WithQueries = lazyScreen(() => import('./WithQueries').then((m) => m.WithQueries));
const OtpScreen = lazyScreen(() => import('../features/otp/OtpScreen').then((m) => m.OtpScreen));
const PasswordResetScreen = lazyScreen(() => import('../features/passwordReset/PasswordResetScreen').then((m) => m.PasswordResetScreen));
const ReRegistrationScreen = lazyScreen(() =>
  import('../features/reRegistration/ReRegistrationScreen').then((m) => m.ReRegistrationScreen),
);
const PlaceholderScreen = lazyScreen(() => import('../features/placeholders/PlaceholderScreen').then((m) => m.PlaceholderScreen));
const MyPageLayout = lazyScreen(() => import('../features/myPage/MyPageLayout').then((m) => m.MyPageLayout));
const HomeScreen = lazyScreen(() => import('../features/myPage/HomeScreen').then((m) => m.HomeScreen));
const SettingsScreen = lazyScreen(() => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen));
const PreferencesScreen = lazyScreen(() => import('../features/settings/PreferencesScreen').then((m) => m.PreferencesScreen));
const AccountScreen = lazyScreen(() => import('../features/account/AccountScreen').then((m) => m.AccountScreen));

const toLogin = { to: paths.login, label: 'ログイン画面に戻る' };
const toHome = { to: paths.home, label: 'ホームに戻る' };

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: paths.login, element: <LoginScreen /> },
      {
        element: <WithQueries />,
        children: [
          { path: paths.otp, element: <OtpScreen /> },
          { path: paths.passwordReminder, element: <PasswordResetScreen /> },
          { path: paths.reRegistration, element: <ReRegistrationScreen /> },
          {
            path: paths.manual,
            element: <PlaceholderScreen title="求職者マイページ利用者マニュアル(利用登録者)" backTo={toLogin} />,
          },
        ],
      },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <WithQueries />,
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
            ],
          },
        ],
      },
    ],
  },
  { path: '*', element: <PlaceholderScreen title="ページが見つかりません" backTo={toHome} /> },
];
