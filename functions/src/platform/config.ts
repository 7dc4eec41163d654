import { defineSecret, defineString } from 'firebase-functions/params';

/*
 * Every setting is a parameter without a default: a project that has not set
 * one is refused at deploy (the CLI asks for it, or fails when it cannot ask),
 * never given a value meant for the emulators. The demo project's values are in
 * functions/.env.demo-hellowork, a real project's in functions/.env.<project id>
 * (docs/deploy.md); secrets only in Secret Manager (.secret.local on this machine).
 */

/** SMTP server for OTP and notice mails, with its user and password: a secret, so it is in no function's environment. */
export const smtpUrl = defineSecret('SMTP_URL');
export const mailFrom = defineString('MAIL_FROM');
/** Where the job seeker opens the app; used in mails. */
export const appUrl = defineString('APP_URL');
/**
 * Key for every keyed hash at rest (OTP codes, device secrets, login ids), so
 * a copy of the database alone cannot brute-force a 6-digit code. It cannot be
 * rotated in place: see docs/deploy.md "LOGIN_HASH_KEY".
 */
export const hashKey = defineSecret('LOGIN_HASH_KEY');
