import type { RouteObject } from 'react-router';
import { LoginScreen } from '../features/login/LoginScreen';
import { RequireSession } from './RequireSession';
import { PublicLayout } from './PublicLayout';
import { lazyScreen } from './lazyScreen';
import { routes } from '@hellowork/contracts';

// Only the login screen is in the first file the browser loads; every other screen is its own chunk.
const WithQueries = lazyScreen(() => import('./WithQueries').then((m) => m.WithQueries));
const OtpScreen = lazyScreen(() => import('../features/otp/OtpScreen').then((m) => m.OtpScreen));
const PasswordResetScreen = lazyScreen(() => import('../features/passwordReset/PasswordResetScreen').then((m) => m.PasswordResetScreen));
const FirstPasswordScreen = lazyScreen(() => import('../features/firstPassword/FirstPasswordScreen').then((m) => m.FirstPasswordScreen));
const ReRegistrationScreen = lazyScreen(() =>
  import('../features/reRegistration/ReRegistrationScreen').then((m) => m.ReRegistrationScreen),
);
const CancelReRegistrationScreen = lazyScreen(() =>
  import('../features/reRegistration/CancelReRegistrationScreen').then((m) => m.CancelReRegistrationScreen),
);
const HelpScreen = lazyScreen(() => import('../features/help/HelpScreen').then((m) => m.HelpScreen));
const NotFoundScreen = lazyScreen(() => import('../features/placeholders/NotFoundScreen').then((m) => m.NotFoundScreen));
const PlaceholderScreen = lazyScreen(() => import('../features/placeholders/PlaceholderScreen').then((m) => m.PlaceholderScreen));
const MyPageLayout = lazyScreen(() => import('../features/myPage/MyPageLayout').then((m) => m.MyPageLayout));
const HomeScreen = lazyScreen(() => import('../features/myPage/HomeScreen').then((m) => m.HomeScreen));
const JobSeekerInfoScreen = lazyScreen(() => import('../features/settings/JobSeekerInfoScreen').then((m) => m.JobSeekerInfoScreen));
const VariousSettingsScreen = lazyScreen(() => import('../features/settings/VariousSettingsScreen').then((m) => m.VariousSettingsScreen));
const AccountScreen = lazyScreen(() => import('../features/account/AccountScreen').then((m) => m.AccountScreen));

const toHome = { to: routes.home, label: 'ホームに戻る' };

export const routeTree: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: routes.login, element: <LoginScreen /> },
      { path: routes.manual, element: <HelpScreen /> },
      { path: '*', element: <NotFoundScreen /> },
      {
        element: <WithQueries />,
        children: [
          { path: routes.otp, element: <OtpScreen /> },
          { path: routes.passwordReminder, element: <PasswordResetScreen /> },
          { path: routes.firstPassword, element: <FirstPasswordScreen /> },
          { path: routes.reRegistration, element: <ReRegistrationScreen /> },
          { path: routes.reRegistrationCancel, element: <CancelReRegistrationScreen /> },
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
              { path: routes.home, element: <HomeScreen /> },
              { path: routes.jobs, element: <PlaceholderScreen title="求人検索" backTo={toHome} /> },
              { path: routes.activities, element: <PlaceholderScreen title="求職活動状況" backTo={toHome} /> },
              { path: routes.messages, element: <PlaceholderScreen title="メッセージ" backTo={toHome} /> },
              { path: routes.jobSeekerInfo, element: <JobSeekerInfoScreen /> },
              { path: routes.variousSettings, element: <VariousSettingsScreen /> },
              { path: routes.account, element: <AccountScreen /> },
            ],
          },
        ],
      },
    ],
  },
];
