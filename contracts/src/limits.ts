// Numbers from the Hello Work manual. Both the functions (which enforce them)
// and the screens (which explain them) read them from here.

/** 注 under ③: 5 wrong passwords lock the account... */
export const LOCKOUT_MAX_FAILURES = 5;
/** ...and the lock lifts by itself after about 5 minutes. */
export const LOCKOUT_MINUTES = 5;

/** ④: the one-time password is 6 half-width digits. */
export const OTP_DIGITS = 6;
/** ⑤: valid for 30 minutes. */
export const OTP_VALID_MINUTES = 30;
/** 注 under ④: 10 wrong entries invalidate it. */
export const OTP_MAX_WRONG_ENTRIES = 10;

/** ⑥: skipping the OTP on a trusted browser lasts at most 90 days. */
export const TRUSTED_DEVICE_MAX_DAYS = 90;

/** Beyond the manual: the longest browser label shown in 各種設定 and in the notice mail. */
export const DEVICE_LABEL_MAX_LENGTH = 48;

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
