/**
 * Every route of the web app, in one place: the router, each link and
 * navigation in the screens, and the links the functions put in their mails.
 */
export const routes = {
  home: '/',
  login: '/login',
  otp: '/login/otp',
  passwordReminder: '/password-reminder',
  firstPassword: '/first-password',
  reRegistration: '/re-registration',
  reRegistrationCancel: '/re-registration/cancel',
  manual: '/manual',
  jobs: '/jobs',
  activities: '/activities',
  messages: '/messages',
  jobSeekerInfo: '/settings',
  variousSettings: '/settings/preferences',
  account: '/settings/account',
} as const;

/**
 * Sections of the help page (routes.manual) that screens link to, as its #anchors: the OTP screen's
 * 「ワンタイムパスワードの詳細、省略設定について」 and 各種設定's 求職状態.
 */
export const manualSections = {
  otp: 'otp',
  jobSeekerStatus: 'job-seeker-status',
} as const;

export const manualSectionPath = (section: keyof typeof manualSections) => `${routes.manual}#${manualSections[section]}`;

export type AppRoute = (typeof routes)[keyof typeof routes];
