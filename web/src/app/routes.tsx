import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoginScreen } from '../features/login/LoginScreen';
import { PlaceholderScreen } from '../features/placeholders/PlaceholderScreen';
import { PublicLayout } from './PublicLayout';
import { paths } from '@hellowork/contracts';

/*
 * Only the login screen is in the first download; every other screen is a
 * chunk of its own, fetched when its route is entered (and My Page's guard
 * brings Firebase Auth with it), so a phone shows the login form sooner.
 */
const lazily = <Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

const toLogin = { to: paths.login, label: 'ログイン画面に戻る' };
const toHome = { to: paths.home, label: 'ホームに戻る' };
const toPreferences = { to: paths.preferences, label: '各種設定に戻る' };

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: paths.login, element: <LoginScreen /> },
      { path: paths.otp, ...lazily(() => import('../features/otp/OtpScreen'), 'OtpScreen') },
      { path: paths.passwordReminder, ...lazily(() => import('../features/passwordReset/PasswordResetScreen'), 'PasswordResetScreen') },
      { path: paths.reRegistration, element: <PlaceholderScreen title="アカウントを再登録" backTo={toLogin} /> },
      {
        path: paths.manual,
        element: <PlaceholderScreen title="求職者マイページ利用者マニュアル(利用登録者)" backTo={toLogin} />,
      },
    ],
  },
  {
    ...lazily(() => import('./RequireSession'), 'RequireSession'),
    children: [
      {
        ...lazily(() => import('../features/myPage/MyPageLayout'), 'MyPageLayout'),
        children: [
          { path: paths.home, ...lazily(() => import('../features/myPage/HomeScreen'), 'HomeScreen') },
          { path: paths.jobs, element: <PlaceholderScreen title="求人検索" backTo={toHome} /> },
          { path: paths.activities, element: <PlaceholderScreen title="求職活動状況" backTo={toHome} /> },
          { path: paths.messages, element: <PlaceholderScreen title="メッセージ" backTo={toHome} /> },
          { path: paths.settings, ...lazily(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
          { path: paths.preferences, ...lazily(() => import('../features/settings/PreferencesScreen'), 'PreferencesScreen') },
          { path: paths.account, ...lazily(() => import('../features/account/AccountScreen'), 'AccountScreen') },
          { path: paths.jobSeekerStatus, element: <PlaceholderScreen title="求職状態の切り替え" backTo={toPreferences} /> },
        ],
      },
    ],
  },
  { path: '*', element: <PlaceholderScreen title="ページが見つかりません" backTo={toHome} /> },
];
