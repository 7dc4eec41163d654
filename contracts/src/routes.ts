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

export type AppRoute = (typeof routes)[keyof typeof routes];
