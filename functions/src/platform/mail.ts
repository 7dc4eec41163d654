import nodemailer, { type Transporter } from 'nodemailer';
import { logger } from 'firebase-functions';
import { formatJapanTime, CODE_DIGITS, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES } from '@hellowork/contracts';
import { mailFrom, smtpUrl } from './config';
import { ApiError } from './http';
import { smtpOptions } from './smtp';

let transport: Transporter | undefined;

function getTransport() {
  transport ??= nodemailer.createTransport(smtpOptions(smtpUrl.value()));
  return transport;
}

export type Mail = { to: string; subject: string; text: string };

/** Every mail's body: the service's greeting, the message, and the no-reply footer. */
export const mailBody = (...lines: string[]) =>
  [
    'ハローワークインターネットサービスをご利用いただきありがとうございます。',
    '',
    ...lines,
    '',
    '※このメールは送信専用です。返信はできません。',
    'ハローワークインターネットサービス',
  ].join('\n');

/** The lines of a mail that carries a 確認コード: what to type where, and for how long it holds. */
export const confirmationCodeLines = (screen: string, code: string, expiresAt: number) => [
  `「${screen}」画面に、次の半角数字${CODE_DIGITS}桁を入力してください。`,
  '',
  `確認コード：${code}`,
  '',
  `有効時間：${CODE_VALID_MINUTES}分間(${formatJapanTime(expiresAt)}まで)`,
  `有効時間を過ぎた場合、または入力を${CODE_MAX_WRONG_ENTRIES}回間違えた場合は、確認コードが無効になります。`,
];

/** Sends a mail, or refuses with 'mail-unavailable' when the SMTP server cannot take it. */
export async function sendMail(mail: Mail): Promise<void> {
  try {
    await getTransport().sendMail({ from: mailFrom.value(), ...mail });
  } catch (error) {
    logger.warn('SMTP send failed', { error: String(error) });
    throw new ApiError('mail-unavailable');
  }
}
