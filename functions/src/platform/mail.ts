import nodemailer, { type Transporter } from 'nodemailer';
import { logger } from 'firebase-functions';
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

/** Sends a mail, or refuses with 'mail-unavailable' when the SMTP server cannot take it. */
export async function sendMail(mail: Mail): Promise<void> {
  try {
    await getTransport().sendMail({ from: mailFrom.value(), ...mail });
  } catch (error) {
    logger.warn('SMTP send failed', { error: String(error) });
    throw new ApiError('mail-unavailable');
  }
}

/** A notice that cannot be sent must not change the answer: its failure is logged, not answered. */
export const sendNotice = (uid: string, mail: Mail) =>
  sendMail(mail).catch((error: unknown) => logger.warn('Notice not sent', { uid, subject: mail.subject, error: String(error) }));
