import { defineSecret, defineString } from 'firebase-functions/params';

/** SMTP server for OTP and notice mails: MailDev locally. */
export const smtpUrl = defineString('SMTP_URL');
export const mailFrom = defineString('MAIL_FROM');
/** Where the job seeker opens the app; used in mails. */
export const appUrl = defineString('APP_URL');
/**
 * Key for every keyed hash at rest (OTP codes, device secrets, login ids), so
 * a copy of the database alone cannot brute-force a 6-digit code.
 */
export const hashKey = defineSecret('LOGIN_HASH_KEY');
