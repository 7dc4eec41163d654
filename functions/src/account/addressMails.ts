import {
  ADDRESS_IN_USE_SUBJECT,
  EMAIL_CHANGED_SUBJECT,
  EMAIL_CONFIRMATION_SUBJECT,
  formatJapanTime,
  RE_REGISTERED_SUBJECT,
} from '@hellowork/contracts';
import { confirmationCodeLines, mailBody, type Mail } from '../platform/mail';

/** The two flows that move an account to a new address, by the screen's name. */
export type NewAddressPurpose = 'email-change' | 're-registration';
const screens: Record<NewAddressPurpose, string> = { 'email-change': 'メールアドレスの変更', 're-registration': 'アカウントを再登録' };

/** The code that proves the new address is the job seeker's. */
export function addressConfirmationMail(to: string, purpose: NewAddressPurpose, code: string, expiresAt: number): Mail {
  return {
    to,
    subject: EMAIL_CONFIRMATION_SUBJECT,
    text: mailBody(
      `求職者マイページの「${screens[purpose]}」で、このメールアドレスが新しいID(メールアドレス)として入力されました。`,
      ...confirmationCodeLines(screens[purpose], code, expiresAt),
      '',
      'このメールに心当たりのない場合は、このメールを破棄してください。このメールアドレスは登録されません。',
    ),
  };
}

/**
 * To the holder of an address someone entered as their new one: it is this
 * holder's login address, so it was not registered, and the one who entered
 * it was told nothing about it (a code they will never receive).
 */
export function addressInUseMail(to: string, purpose: NewAddressPurpose, at: number): Mail {
  return {
    to,
    subject: ADDRESS_IN_USE_SUBJECT,
    text: mailBody(
      `${formatJapanTime(at)}、求職者マイページの「${screens[purpose]}」で、あなたがログインに使っているこのメールアドレスが、別のアカウントの新しいメールアドレスとして入力されました。`,
      'このメールアドレスはあなたのアカウントで使われているため、登録していません。あなたのアカウントは変更されていません。',
      '',
      'ご自身の操作で、別のアカウントにこのメールアドレスを使おうとした場合は、別のメールアドレスをお使いください。',
      '心当たりのない場合は、このメールを破棄してください。',
    ),
  };
}

/** To the old address after メールアドレスの変更. */
export function emailChangedMail(to: string, newAddress: string, at: number): Mail {
  return {
    to,
    subject: EMAIL_CHANGED_SUBJECT,
    text: mailBody(
      `求職者マイページのID(メールアドレス)が変更されました(${formatJapanTime(at)})。`,
      `新しいメールアドレス：${newAddress}`,
      'これからは新しいメールアドレスでログインし、ワンタイムパスワードなどのお知らせも新しいメールアドレスに届きます。',
      '',
      'ご自身の操作でない場合は、すぐに最寄りのハローワークにご連絡ください。',
      'ログイン画面の「アカウントを再登録」から、求職番号と生年月日でアカウントを取り戻すこともできます。',
    ),
  };
}

/** To the old address after アカウントを再登録. */
export function reRegisteredMail(to: string, at: number): Mail {
  return {
    to,
    subject: RE_REGISTERED_SUBJECT,
    text: mailBody(
      `求職番号と生年月日による本人確認のうえ、求職者マイページのアカウントが再登録されました(${formatJapanTime(at)})。`,
      'ID(メールアドレス)とパスワードが変更され、このメールアドレスではログインできなくなりました。',
      '全ての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定も全て解除しました。',
      '',
      'ご自身の操作でない場合は、すぐに最寄りのハローワークにご連絡ください。',
    ),
  };
}
