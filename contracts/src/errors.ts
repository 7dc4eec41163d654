import {
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  CODE_BLOCK_MINUTES,
  CODE_DIGITS,
  CODE_LONGEST_BLOCK_MINUTES,
  CODE_MAX_WRONG_BEFORE_RESET,
  CODE_MAIL_WINDOW_MINUTES,
  CODE_MAILS_PER_WINDOW,
  CODE_MAX_WRONG_ENTRIES,
  CODE_MAX_WRONG_IN_A_ROW,
  CODE_VALID_MINUTES,
  PASSWORD_MAX_CONSECUTIVE_FAILURES,
  PASSWORD_RESET_MAILS_PER_HOUR,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
} from './limits.ts';

/**
 * Which mails share the account's count of code mails (one account, one mailbox to protect): the login's and
 * those of アカウントを再登録 and メールアドレスの変更; パスワードをお忘れの方 has its own limit.
 */
const codeMailsShareOneCount = `ワンタイムパスワードのメールと、アカウントの再登録・メールアドレスの変更の確認コードのメールは、合わせて${CODE_MAIL_WINDOW_MINUTES}分間に${CODE_MAILS_PER_WINDOW}通までしか送信できません。`;

/**
 * Every error a function can answer with. The code is the contract; the
 * Japanese message is what the job seeker reads (the web shows it as is, and
 * API callers get it beside the code).
 */
export const errorMessages = {
  'invalid-argument': '入力内容に誤りがあります。入力内容をご確認ください。',
  'invalid-credentials': 'メールアドレスまたはパスワードが正しくありません。入力内容をご確認ください。',
  'account-locked': `パスワード入力を${LOCKOUT_MAX_FAILURES}回間違えたため、アカウントがロックされています。アカウントロックは${LOCKOUT_MINUTES}分程度で自動解除されます。解除後に再度ログインしてください。`,
  'mail-unavailable':
    'ワンタイムパスワードのメールを送信できませんでした。パスワードの誤りとしては数えていません。しばらくしてから再度ログインしてください。',
  // Worded to stay true before and after the password reset flow exists.
  'password-reset-required': `パスワード入力を続けて${PASSWORD_MAX_CONSECUTIVE_FAILURES}回間違えたため、アカウントがロックされています。このロックは自動では解除されず、パスワードを再設定するまでログインできません。ログイン画面の「パスワードをお忘れの方」をご確認いただくか、最寄りのハローワークにお問い合わせください。`,
  'code-blocked': `ワンタイムパスワード入力を続けて${CODE_MAX_WRONG_IN_A_ROW}回間違えたため、このアカウントへのワンタイムパスワードの送信を停止しています(${CODE_BLOCK_MINUTES}分間。誤りが続くと停止は長くなり、最長${CODE_LONGEST_BLOCK_MINUTES}分間です)。時間をおいて、ログイン画面に戻り、はじめからやり直してください。`,
  'code-reset-required': `ワンタイムパスワード入力を続けて${CODE_MAX_WRONG_BEFORE_RESET}回間違えたため、アカウントがロックされています。このロックは自動では解除されず、パスワードを再設定するまでログインできません。ログイン画面に戻り、「パスワードをお忘れの方」からパスワードを再設定するか、最寄りのハローワークにお問い合わせください。`,
  'code-mail-limit': `${codeMailsShareOneCount}しばらくしてから再度ログインしてください。`,
  'code-wrong': `ワンタイムパスワードが正しくありません。メールに記載された半角数字${CODE_DIGITS}桁を入力してください。`,
  'code-expired': `ワンタイムパスワードの有効時間(${CODE_VALID_MINUTES}分間)を過ぎたため、ワンタイムパスワードが無効になりました。ログイン画面に戻り、はじめからやり直してください。`,
  'code-exhausted': `ワンタイムパスワード入力を${CODE_MAX_WRONG_ENTRIES}回間違えたため、ワンタイムパスワードが無効になりました。ログイン画面に戻り、はじめからやり直してください。`,
  'code-used': 'このワンタイムパスワードは使用済みのため無効です。ログイン画面に戻り、はじめからやり直してください。',
  'code-superseded':
    'このワンタイムパスワードは無効です。新しいログインが行われたか、ログインの手続きが見つかりません。ログイン画面に戻り、はじめからやり直してください。',
  unauthenticated: 'ログインしていないか、ログインの有効期限が切れました。再度ログインしてください。',
  'session-expired': `ログインから${SESSION_MAX_HOURS}時間が経過したため、ログアウトしました。再度ログインしてください。`,
  'session-idle': `${SESSION_IDLE_MINUTES}分間操作がなかったため、ログアウトしました。再度ログインしてください。`,
  'second-factor-required': 'ワンタイムパスワードによる本人確認が済んでいません。ログイン画面からログインしてください。',
  'not-found': '対象の情報が見つかりません。',
  'method-not-allowed': 'この操作は受け付けられません。',
  'too-many-requests': 'アクセスが集中しています。しばらくしてから再度お試しください。',
  internal: 'システムエラーが発生しました。しばらくしてから再度お試しください。',
  'password-too-common': 'よく使われている、または流出したことが知られているパスワードのため使えません。別のパスワードを入力してください。',
  'password-same-as-email': 'メールアドレスと同じパスワードは使えません。',
  'password-same-as-current': '現在のパスワードと同じパスワードは使えません。',
  'current-password-wrong': '現在のパスワードが正しくありません。',
  'password-reset-mail-limit': `パスワード再設定のメールは、同じメールアドレスに1時間に${PASSWORD_RESET_MAILS_PER_HOUR}通までしか送信できません。しばらくしてから再度お試しください。`,
  // One message for a wrong number, a wrong date and a number that does not exist.
  'identity-mismatch': '求職番号または生年月日が正しくありません。求職受付票をご確認のうえ、入力してください。',
  'identity-locked': `求職番号または生年月日を${RE_REGISTRATION_MAX_FAILURES}回間違えたため、この求職番号でのアカウントの再登録を${RE_REGISTRATION_LOCK_HOURS}時間停止しています。お急ぎの場合は、最寄りのハローワークにお越しください。`,
  // The same answer for a client's own budget and everyone's: neither tells anything about a 求職番号.
  'identity-busy':
    'アカウントの再登録の試行が多いため、現在、求職番号と生年月日による確認を停止しています。1時間ほどおいてからお試しいただくか、最寄りのハローワークにお越しください。',
  'cancel-code-wrong':
    '取り消しコードが正しくないか、取り消せる再登録の手続きがありません(すでに取り消されたか、反映されています)。メールに記載された取り消しコードをご確認ください。',
  'email-same-as-current': '現在のメールアドレスと同じです。新しいメールアドレスを入力してください。',
  // Only after the right code: the address was taken meanwhile, or its holder was mailed instead.
  'email-unavailable': 'このメールアドレスは登録に使えません。別のメールアドレスで、はじめからやり直してください。',
  // Two changes of the login account raced (an address change and a re-registration): the other one won.
  'account-changed': 'ログインアカウントが同時に変更されたため、手続きを完了できませんでした。はじめからやり直してください。',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** OTP failures after which the only way on is a new login. */
export const otpDeadEndCodes = [
  'code-expired',
  'code-exhausted',
  'code-used',
  'code-superseded',
  'code-blocked',
  'code-reset-required',
] as const satisfies readonly ErrorCode[];

/** Refusals after which a form that mails a 確認コード starts again from its first step. */
export const confirmationRestartCodes = [
  ...otpDeadEndCodes,
  'email-unavailable',
  'account-changed',
] as const satisfies readonly ErrorCode[];

/**
 * パスワードをお忘れの方, アカウントを再登録 and メールアドレスの変更 answer with
 * the OTP codes (their codes live on the same verification record); their
 * screens name it 確認コード, as its mails do, and a dead end there means
 * starting that form again, not the login.
 */
export const confirmationCodeMessages = {
  'code-wrong': `確認コードが正しくありません。メールに記載された半角数字${CODE_DIGITS}桁を入力してください。`,
  'code-expired': `確認コードの有効時間(${CODE_VALID_MINUTES}分間)を過ぎたため、確認コードが無効になりました。メールアドレスの入力からやり直してください。`,
  'code-exhausted': `確認コードの入力を${CODE_MAX_WRONG_ENTRIES}回間違えたため、確認コードが無効になりました。メールアドレスの入力からやり直してください。`,
  'code-used': 'この確認コードは使用済みのため無効です。メールアドレスの入力からやり直してください。',
  'code-superseded':
    'この確認コードは無効です。新しい確認コードが送信されたか、手続きが見つかりません。メールアドレスの入力からやり直してください。',
  'code-blocked': `確認コードの入力を続けて${CODE_MAX_WRONG_IN_A_ROW}回間違えたため、このアカウントへの確認コードの送信を停止しています(${CODE_BLOCK_MINUTES}分間。誤りが続くと停止は長くなり、最長${CODE_LONGEST_BLOCK_MINUTES}分間です)。時間をおいてやり直してください。`,
  'code-mail-limit': `${codeMailsShareOneCount}しばらくしてから再度お試しください。`,
} as const satisfies Partial<Record<ErrorCode, string>>;

/** Refusals that end the browser's session: it signs out and the login screen says why. */
export const sessionEndCodes = [
  'unauthenticated',
  'second-factor-required',
  'session-expired',
  'session-idle',
] as const satisfies readonly ErrorCode[];
export type SessionEndCode = (typeof sessionEndCodes)[number];
export const isSessionEndCode = (code: unknown): code is SessionEndCode => (sessionEndCodes as readonly unknown[]).includes(code);

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; remainingAttempts?: number };
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorMessages, value);
}
