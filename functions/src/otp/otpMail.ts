import { OTP_VALID_MINUTES, formatJapanTime } from '@hellowork/contracts';
import { mailBody, type Mail } from '../platform/mail';

/** ④: the mail that carries the one-time password. */
export const OTP_MAIL_SUBJECT = '【ハローワーク】ワンタイムパスワード通知';

export function otpMail(to: string, code: string, expiresAt: number): Mail {
  return {
    to,
    subject: OTP_MAIL_SUBJECT,
    text: mailBody(
      '求職者マイページへのログインのためのワンタイムパスワードをお知らせします。',
      '「ワンタイムパスワード入力」画面に、次の半角数字6桁を入力してください。',
      '',
      `ワンタイムパスワード：${code}`,
      '',
      `有効時間：${OTP_VALID_MINUTES}分間(${formatJapanTime(expiresAt)}まで)`,
      '有効時間を過ぎた場合、または入力を10回間違えた場合は、ワンタイムパスワードが無効になります。',
      'その場合はログイン画面に戻り、はじめからやり直してください。',
      '',
      'このメールに心当たりのない場合は、第三者があなたのパスワードでログインしようとしている可能性があります。',
      'パスワードを変更してください。',
    ),
  };
}
