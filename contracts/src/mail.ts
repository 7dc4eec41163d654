// Subjects of every mail the service sends: the functions send them, the tests look for them.

/** ④: the mail that carries the one-time password. */
export const OTP_MAIL_SUBJECT = '【ハローワーク】ワンタイムパスワード通知';
/** A browser now skips the OTP. */
export const TRUST_NOTICE_SUBJECT = '【ハローワーク】ワンタイムパスワード省略設定のお知らせ';
/** Someone who knows the password keeps entering wrong codes. */
export const OTP_BLOCK_NOTICE_SUBJECT = '【ハローワーク】ワンタイムパスワードの入力誤りが続いています';
/** ...so often that the account gets no login code until the password is reset. */
export const OTP_RESET_REQUIRED_NOTICE_SUBJECT = '【ハローワーク】アカウントロックのお知らせ(パスワードの再設定が必要です)';
/** パスワードをお忘れの方: the code that lets the holder set a new password. */
export const PASSWORD_RESET_MAIL_SUBJECT = '【ハローワーク】パスワード再設定のお知らせ';
/** マイページ開設: a job seeker the office registered, with the code that sets the first password. */
export const FIRST_PASSWORD_MAIL_SUBJECT = '【ハローワーク】マイページ開設のお知らせ';
/** The password was reset or changed: everything signed in with the old one has ended. */
export const PASSWORD_CHANGED_SUBJECT = '【ハローワーク】パスワード変更のお知らせ';
/** アカウントを再登録 and メールアドレスの変更: the code that proves the new address is the job seeker's. */
export const EMAIL_CONFIRMATION_SUBJECT = '【ハローワーク】メールアドレス確認のお知らせ';
/** To the old address: the login address was changed. */
export const EMAIL_CHANGED_SUBJECT = '【ハローワーク】メールアドレス変更のお知らせ';
/** To the old address, at once: a re-registration was completed and takes effect after the hold, unless cancelled. */
export const RE_REGISTRATION_HELD_SUBJECT = '【ハローワーク】アカウント再登録の受付のお知らせ';
/** To the old address: the re-registration was cancelled with the cancel code. */
export const RE_REGISTRATION_CANCELLED_SUBJECT = '【ハローワーク】アカウント再登録の取り消しのお知らせ';
/** To both addresses: a held re-registration could not take effect (its new address was taken meanwhile), and nothing changed. */
export const RE_REGISTRATION_FAILED_SUBJECT = '【ハローワーク】アカウント再登録ができなかったお知らせ';
/** To the old address: the account was re-registered with the 求職番号 and 生年月日. */
export const RE_REGISTERED_SUBJECT = '【ハローワーク】アカウント再登録のお知らせ';
/** To the holder of an address someone else tried to register: it was not, and they were not told why. */
export const ADDRESS_IN_USE_SUBJECT = '【ハローワーク】メールアドレスの登録についてのお知らせ';
