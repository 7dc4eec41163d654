import {
  CODE_DIGITS,
  CODE_MAX_WRONG_ENTRIES,
  FIRST_PASSWORD_CODE_VALID_DAYS,
  FIRST_PASSWORD_MAIL_SUBJECT,
  formatJapanTime,
  routes,
} from '@hellowork/contracts';
import { appUrl } from '../platform/config';
import { mailBody, type Mail } from '../platform/mail';

/**
 * マイページ開設: the office registered the job seeker; the link opens 初回パスワード設定 for this code (its
 * fragment, the verification id, never reaches a server log), where the code and a first password are entered.
 */
export function firstPasswordMail(to: string, displayName: string, verificationId: string, code: string, expiresAt: number): Mail {
  return {
    to,
    subject: FIRST_PASSWORD_MAIL_SUBJECT,
    text: mailBody(
      `${displayName} 様`,
      '',
      'ハローワークで求職者マイページを開設しました。',
      '次のURLから「初回パスワード設定」画面を開き、',
      `ログインに使うこのメールアドレス、次の半角数字${CODE_DIGITS}桁の確認コード、新しいパスワードを入力してください。`,
      '',
      `${appUrl.value()}${routes.firstPassword}#${verificationId}`,
      '',
      `確認コード：${code}`,
      '',
      `有効期限：${FIRST_PASSWORD_CODE_VALID_DAYS}日間(${formatJapanTime(expiresAt)}まで)`,
      `有効期限を過ぎた場合、または入力を${CODE_MAX_WRONG_ENTRIES}回間違えた場合は、確認コードが無効になります。`,
      'その場合は、ログイン画面の「パスワードをお忘れの方」からパスワードを設定してください。',
      '',
      'このメールに心当たりのない場合は、このメールを破棄し、最寄りのハローワークにご連絡ください。',
    ),
  };
}
