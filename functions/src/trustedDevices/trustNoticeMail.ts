import { TRUST_NOTICE_SUBJECT, TRUSTED_DEVICE_MAX_DAYS, formatJapanTime, routes } from '@hellowork/contracts';
import { appUrl } from '../platform/config';
import { mailBody, type Mail } from '../platform/mail';

/** Tells the account holder that a browser now skips the OTP, and how to undo it. */
export function trustNoticeMail(to: string, label: string, trustedAt: number): Mail {
  return {
    to,
    subject: TRUST_NOTICE_SUBJECT,
    text: mailBody(
      '次の端末・ブラウザで、ワンタイムパスワード入力を省略する設定がされました。',
      '',
      `設定日時：${formatJapanTime(trustedAt)}`,
      `端末・ブラウザ：${label}`,
      `有効期間：最長${TRUSTED_DEVICE_MAX_DAYS}日間`,
      '',
      'この設定に心当たりのない場合は、すぐに次の手順で省略設定を解除し、パスワードを変更してください。',
      '求職者マイページにログイン → 求職者情報・設定 → 各種設定 → 「ワンタイムパスワードの入力を再開する」',
      `${appUrl.value()}${routes.variousSettings}`,
    ),
  };
}
