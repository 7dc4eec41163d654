import {
  formatCancelCode,
  formatJapanTime,
  RE_REGISTRATION_CANCELLED_SUBJECT,
  RE_REGISTRATION_FAILED_SUBJECT,
  RE_REGISTRATION_HELD_SUBJECT,
  RE_REGISTRATION_HOLD_HOURS,
} from '@hellowork/contracts';
import { mailBody, type Mail } from '../platform/mail';

/**
 * To the old address as soon as a re-registration is completed: when it takes effect, and the code that
 * cancels it. A code typed on the site, not a link: a mail from the service never asks for a click.
 */
export function reRegistrationHeldMail(to: string, heldAt: number, takesEffectAt: number, cancelCode: string): Mail {
  return {
    to,
    subject: RE_REGISTRATION_HELD_SUBJECT,
    text: mailBody(
      `求職番号と生年月日による本人確認のうえ、求職者マイページのアカウントの再登録が申し込まれました(${formatJapanTime(heldAt)})。`,
      `${formatJapanTime(takesEffectAt)}に、ID(メールアドレス)とパスワードが新しいものに切り替わります(受付から${RE_REGISTRATION_HOLD_HOURS}時間後)。`,
      'それまでは、このメールアドレスとこれまでのパスワードでログインできます。',
      '',
      'ご自身の操作でない場合は、切り替わる前に取り消してください。',
      'ログイン画面の「アカウントを再登録」から「再登録を取り消す」へ進み、次の取り消しコードを入力してください。',
      '',
      `取り消しコード：${formatCancelCode(cancelCode)}`,
      '',
      'あわせて、最寄りのハローワークにご連絡ください。',
    ),
  };
}

/** To the old address: the re-registration was cancelled with its code, and nothing changed. */
export function reRegistrationCancelledMail(to: string, at: number): Mail {
  return {
    to,
    subject: RE_REGISTRATION_CANCELLED_SUBJECT,
    text: mailBody(
      `アカウントの再登録の申し込みを、取り消しコードにより取り消しました(${formatJapanTime(at)})。`,
      'ID(メールアドレス)とパスワードは変わっていません。',
      '',
      'ご自身で申し込んだ再登録を取り消した覚えがない場合は、最寄りのハローワークにご連絡ください。',
    ),
  };
}

/** To both addresses: the held re-registration could not take effect (the new address is another account's now). */
export function reRegistrationFailedMail(to: string, at: number): Mail {
  return {
    to,
    subject: RE_REGISTRATION_FAILED_SUBJECT,
    text: mailBody(
      `受け付けたアカウントの再登録は、新しいメールアドレスがすでに別のアカウントで使われているため、切り替えられませんでした(${formatJapanTime(at)})。`,
      'ID(メールアドレス)とパスワードは変わっていません。',
      '',
      '再登録が必要な場合は、ログイン画面の「アカウントを再登録」から、別のメールアドレスで改めてお申し込みください。',
      'ご自身で申し込んだ覚えがない場合は、最寄りのハローワークにご連絡ください。',
    ),
  };
}
