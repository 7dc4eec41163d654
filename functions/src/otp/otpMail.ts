import {
  CODE_MAX_WRONG_BEFORE_RESET,
  OTP_BLOCK_NOTICE_SUBJECT,
  OTP_RESET_REQUIRED_NOTICE_SUBJECT,
  CODE_DIGITS,
  OTP_MAIL_SUBJECT,
  CODE_MAX_WRONG_ENTRIES,
  CODE_MAX_WRONG_IN_A_ROW,
  CODE_VALID_MINUTES,
  formatJapanTime,
} from '@hellowork/contracts';
import { mailBody, type Mail } from '../platform/mail';

/**
 * What every mail about the login's code advises a holder who did not log in, in the same words: the reset,
 * which works even while no code is mailed (a change needs a login, and the login the code).
 */
const whoIsTrying = [
  'ご自身の操作でない場合、あなたのパスワードを知っている第三者がログインしようとしている可能性があります。',
  'ログイン画面の「パスワードをお忘れの方」から、パスワードを再設定してください。',
];

/** ④: the mail that carries the one-time password. */
export function otpMail(to: string, code: string, expiresAt: number): Mail {
  return {
    to,
    subject: OTP_MAIL_SUBJECT,
    text: mailBody(
      '求職者マイページへのログインのためのワンタイムパスワードをお知らせします。',
      `「ワンタイムパスワード入力」画面に、次の半角数字${CODE_DIGITS}桁を入力してください。`,
      '',
      `ワンタイムパスワード：${code}`,
      '',
      `有効時間：${CODE_VALID_MINUTES}分間(${formatJapanTime(expiresAt)}まで)`,
      `有効時間を過ぎた場合、または入力を${CODE_MAX_WRONG_ENTRIES}回間違えた場合は、ワンタイムパスワードが無効になります。`,
      'その場合はログイン画面に戻り、はじめからやり直してください。',
      '',
      ...whoIsTrying,
    ),
  };
}

/**
 * Sent once per block, when wrong codes in a row stop new codes: someone who
 * knows the password is trying. A new password (by reset: the login needs the
 * code) ends the count.
 */
export function otpBlockNoticeMail(to: string, blockedAt: number, blockedUntil: number): Mail {
  return {
    to,
    subject: OTP_BLOCK_NOTICE_SUBJECT,
    text: mailBody(
      `あなたのアカウントで、ワンタイムパスワードの入力誤りが続けて${CODE_MAX_WRONG_IN_A_ROW}回以上ありました(${formatJapanTime(blockedAt)})。`,
      `安全のため、このアカウントへのワンタイムパスワードの送信を${formatJapanTime(blockedUntil)}まで停止しています。`,
      `入力誤りがさらに続くと停止は長くなり、続けて${CODE_MAX_WRONG_BEFORE_RESET}回に達すると、パスワードを再設定するまでログインできなくなります。`,
      '',
      ...whoIsTrying,
    ),
  };
}

/** Sent once, at the 100th wrong code in a row: the login gets no code until a new password. */
export function otpResetRequiredNoticeMail(to: string, lockedAt: number): Mail {
  return {
    to,
    subject: OTP_RESET_REQUIRED_NOTICE_SUBJECT,
    text: mailBody(
      `あなたのアカウントで、ワンタイムパスワードの入力誤りが続けて${CODE_MAX_WRONG_BEFORE_RESET}回ありました(${formatJapanTime(lockedAt)})。`,
      '安全のため、アカウントをロックしました。このロックは自動では解除されず、パスワードを再設定するまでログインできません。',
      '',
      ...whoIsTrying,
    ),
  };
}
