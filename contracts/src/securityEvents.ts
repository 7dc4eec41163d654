import type { SecondFactor } from './sessions.ts';

/**
 * What happened to an account, as the audit trail records it and the job
 * seeker reads it in ログイン履歴. Never a secret, a code or a password.
 */
export const securityEventTypes = [
  'password-failure',
  'lockout',
  'otp-sent',
  'otp-failure',
  'code-exhausted',
  'code-blocked',
  'code-reset-required',
  'login',
  'device-trusted',
  'trust-revoked',
  'trust-revoked-all',
  'password-reset',
  'password-changed',
  'email-changed',
  're-registration-failure',
  're-registration-held',
  're-registration-cancelled',
  're-registered',
  'job-seeking-cancelled',
] as const;
export type SecurityEventType = (typeof securityEventTypes)[number];

/** One entry of ログイン履歴: when (ISO), what, and which browser ("Chrome / Windows"). */
export type SecurityEventView = {
  at: string;
  type: SecurityEventType;
  /** For a login: the second factor it passed. */
  secondFactor: SecondFactor | null;
  client: string;
};
/** ログイン履歴: the newest events of every kind, and apart the newest successful logins. */
export type SecurityHistory = { events: SecurityEventView[]; logins: SecurityEventView[] };

const labels: Record<Exclude<SecurityEventType, 'login'>, string> = {
  'password-failure': 'パスワード誤り',
  lockout: 'アカウントロック',
  'otp-sent': 'ワンタイムパスワード送信',
  'otp-failure': 'ワンタイムパスワード誤り',
  'code-exhausted': 'ワンタイムパスワード無効(誤り回数超過)',
  'code-blocked': 'ワンタイムパスワードの送信停止',
  'code-reset-required': 'アカウントロック(ワンタイムパスワード誤り回数超過・パスワード再設定が必要)',
  'device-trusted': '端末の省略設定',
  'trust-revoked': '省略設定の解除',
  'trust-revoked-all': '省略設定の解除(全ての端末)',
  'password-reset': 'パスワード再設定',
  'password-changed': 'パスワード変更',
  'email-changed': 'メールアドレス変更',
  're-registration-failure': 'アカウント再登録(求職番号・生年月日の誤り)',
  're-registration-held': 'アカウント再登録の受付(保留中)',
  're-registration-cancelled': 'アカウント再登録の取り消し',
  're-registered': 'アカウント再登録',
  'job-seeking-cancelled': '求職の取消',
};
const loginLabels: Record<SecondFactor, string> = {
  otp: 'ログイン成功(ワンタイムパスワード)',
  trustedDevice: 'ログイン成功(省略設定の端末)',
};

/** The Japanese name of an event, as ログイン履歴 shows it. */
export const securityEventLabel = ({ type, secondFactor }: Pick<SecurityEventView, 'type' | 'secondFactor'>) =>
  type === 'login' ? loginLabels[secondFactor ?? 'otp'] : labels[type];
