import { formatJapanTime, PASSWORD_CHANGED_SUBJECT, PASSWORD_RESET_MAIL_SUBJECT } from '@hellowork/contracts';
import { confirmationCodeLines, mailBody, type Mail } from '../platform/mail';

/** パスワードをお忘れの方: the code that lets the holder set a new password. */
export function passwordResetMail(to: string, code: string, expiresAt: number): Mail {
  return {
    to,
    subject: PASSWORD_RESET_MAIL_SUBJECT,
    text: mailBody(
      '求職者マイページのパスワード再設定のための確認コードをお知らせします。',
      ...confirmationCodeLines('パスワード再設定', code, expiresAt),
      '',
      'このメールに心当たりのない場合は、このメールを破棄してください。パスワードは変更されていません。',
    ),
  };
}

/** After a reset or a change: everything signed in with the old password has ended. */
export function passwordChangedMail(to: string, how: 'reset' | 'change', at: number): Mail {
  return {
    to,
    subject: PASSWORD_CHANGED_SUBJECT,
    text: mailBody(
      `求職者マイページのパスワードが${how === 'reset' ? '再設定' : '変更'}されました(${formatJapanTime(at)})。`,
      '全ての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定も全て解除しました。',
      '',
      'ご自身の操作でない場合は、すぐにログイン画面の「パスワードをお忘れの方」からパスワードを再設定し、',
      '最寄りのハローワークにご連絡ください。',
    ),
  };
}
