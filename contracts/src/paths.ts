/**
 * Every route of the web app, in one place: the router, each link and
 * navigation in the screens, and the links the functions put in their mails.
 */
export const paths = {
  home: '/',
  login: '/login',
  otp: '/login/otp',
  passwordReminder: '/password-reminder',
  reRegistration: '/re-registration',
  manual: '/manual',
  jobs: '/jobs',
  activities: '/activities',
  messages: '/messages',
  settings: '/settings',
  preferences: '/settings/preferences',
  account: '/settings/account',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];
