import { z } from './zod.ts';
import { JOB_SEEKER_NUMBER_DIGITS, RE_REGISTRATION_CANCEL_CODE_DIGITS } from './limits.ts';

/*
 * What proves who a job seeker is without their mailbox (アカウントを再登録):
 * the 求職番号 of the 求職受付票 and the 生年月日.
 */

const toHalfWidthDigits = (input: string) => input.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** Digits as a Japanese IME or a copy from paper or mail may give them: full-width, with hyphens of any kind and spaces. */
const asDigits = z.overwrite((input: string) => toHalfWidthDigits(input).replace(/[\s\u3000\-‐‑–−ー－]/g, ''));

/** As typed: full-width digits, hyphens of any kind (‐ - − ー －) and spaces allowed; stored and compared as 13 digits. */
export const jobSeekerNumberSchema = z
  .string()
  .check(
    asDigits,
    z.minLength(1, '求職番号を入力してください。'),
    z.regex(
      new RegExp(`^\\d{${JOB_SEEKER_NUMBER_DIGITS}}$`),
      `求職番号は、求職受付票に記載の数字${JOB_SEEKER_NUMBER_DIGITS}桁で入力してください。(例: 13010-12345671)`,
    ),
  );

/** 13010-12345671: the 求職番号 as the 求職受付票 prints it. */
export const formatJobSeekerNumber = (digits: string) => `${digits.slice(0, 5)}-${digits.slice(5)}`;

const isCalendarDate = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
};

/** YYYY-MM-DD (what a date input sends), a real day, not in the future and not before 1900. */
export const birthDateSchema = z.string().check(
  z.minLength(1, '生年月日を入力してください。'),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '生年月日は西暦の年月日で入力してください。(例: 1990-04-01)'),
  z.refine(isCalendarDate, '生年月日に存在しない日付が入力されています。'),
  z.refine((iso) => iso >= '1900-01-01' && iso <= new Date().toISOString().slice(0, 10), '生年月日の年が正しくありません。'),
);

/** The re-registration's cancel code, as the mail to the old address shows it (1234-5678-…) or typed any way. */
export const reRegistrationCancelCodeSchema = z
  .string()
  .check(
    asDigits,
    z.minLength(1, '取り消しコードを入力してください。'),
    z.regex(
      new RegExp(`^\\d{${RE_REGISTRATION_CANCEL_CODE_DIGITS}}$`),
      `取り消しコードは、メールに記載された数字${RE_REGISTRATION_CANCEL_CODE_DIGITS}桁で入力してください。`,
    ),
  );

/** 1234-5678-9012-3456: the cancel code as the mail shows it. */
export const formatCancelCode = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1-');
