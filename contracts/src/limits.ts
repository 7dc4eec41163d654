// Every number of the login, with its reason. The functions (which enforce
// them) and the screens and mails (which explain them) read them from here.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The manual, 注 under ③: 5 wrong passwords lock the account... */
export const LOCKOUT_MAX_FAILURES = 5;
/** ...and the lock lifts by itself after about 5 minutes. */
export const LOCKOUT_MINUTES = 5;
/**
 * NIST SP 800-63B-4 §3.2.2: at most 100 consecutive failed attempts per
 * account. Past that the account stays locked until the password is reset,
 * so the 5-minute lock cannot be waited out for ever.
 */
export const PASSWORD_MAX_CONSECUTIVE_FAILURES = 100;
/**
 * Consecutive password failures are remembered this long after the last
 * attempt, so waiting does not reset the count above (TTL removes the records
 * of addresses nobody tries any more).
 */
export const PASSWORD_FAILURE_MEMORY_DAYS = 365;
/**
 * A browser trusted by the account has its own count, as strict as the
 * manual's, so a stranger's 5 wrong passwords do not lock the holder out of
 * it, and the browser itself cannot be used to guess.
 */
export const TRUSTED_DEVICE_MAX_FAILURES = LOCKOUT_MAX_FAILURES;
export const TRUSTED_DEVICE_LOCK_MINUTES = LOCKOUT_MINUTES;

/** ④: the one-time password is 6 half-width digits. */
export const CODE_DIGITS = 6;
/** ⑤: valid for 30 minutes. */
export const CODE_VALID_MINUTES = 30;
/**
 * The code of the マイページ開設 mail (初回パスワード設定) holds longer: it is mailed when the office registers the job
 * seeker, who may read it days later. Its link carries a 256-bit id, so the longer life gives a guesser nothing.
 * Past it, the job seeker sets the first password through パスワードをお忘れの方.
 */
export const FIRST_PASSWORD_CODE_VALID_DAYS = 14;
/** 注 under ④: 10 wrong entries invalidate it. */
export const CODE_MAX_WRONG_ENTRIES = 10;
/**
 * NIST SP 800-63B-4 §3.1.3: a new code must not reset the failure count. Once
 * 3 codes in a row have been voided by wrong entries (30 wrong codes), no new
 * code is mailed to the account for an hour...
 */
export const CODE_MAX_VOIDED_IN_A_ROW = 3;
export const CODE_MAX_WRONG_IN_A_ROW = CODE_MAX_WRONG_ENTRIES * CODE_MAX_VOIDED_IN_A_ROW;
/** ...so whoever knows the password can try at most ~30 codes an hour (1 in 33,000 of 10^6)... */
export const CODE_BLOCK_MINUTES = 60;
/**
 * ...and the count goes on across blocks (only a right code or a new password
 * starts it again): at 60 and 90 in a row come blocks twice and four times as
 * long, the longest being this one...
 */
export const CODE_LONGEST_BLOCK_MINUTES = CODE_BLOCK_MINUTES * 4;
/** How long the block at `wrongInARow` wrong codes lasts: 60, 120, then 240 minutes. */
export const codeBlockMinutes = (wrongInARow: number) =>
  Math.min(CODE_LONGEST_BLOCK_MINUTES, CODE_BLOCK_MINUTES * 2 ** (Math.floor(wrongInARow / CODE_MAX_WRONG_IN_A_ROW) - 1));
/**
 * ...until NIST SP 800-63B-4 §3.2.2's 100 consecutive failed attempts: then the
 * account gets no login code until a new password is set (the holder's mailbox,
 * by パスワードをお忘れの方, is the way on). Codes only someone with the
 * password can ask for count here, never a reset code (which needs only the
 * address, so a stranger could make the holder reset).
 */
export const CODE_MAX_WRONG_BEFORE_RESET = 100;
/**
 * At most 5 code mails per account in any 15 minutes: a known password must
 * not turn the service into a mail cannon against its own users.
 */
export const CODE_MAILS_PER_WINDOW = 5;
export const CODE_MAIL_WINDOW_MINUTES = 15;

/** ⑥: skipping the OTP on a trusted browser lasts at most 90 days. */
export const TRUSTED_DEVICE_MAX_DAYS = 90;

/** Beyond the manual: the longest browser label shown in 各種設定 and in the notice mail. */
export const DEVICE_LABEL_MAX_LENGTH = 48;

/**
 * OWASP ASVS 3.3.2 (level 2): a session ends 12 hours after login whatever
 * happens, and after 30 minutes without use — My Page is used on shared
 * terminals in Hello Work offices and libraries.
 */
export const SESSION_MAX_HOURS = 12;
export const SESSION_IDLE_MINUTES = 30;
/** lastSeenAt is written at most once a minute: one write per call would double the cost of every read. */
export const SESSION_TOUCH_MINUTES = 1;

/** Security events are kept this long (their TTL field), then Firestore deletes them. */
export const SECURITY_EVENT_RETENTION_DAYS = 365;
/** ログイン履歴 on 各種設定 shows this many of the newest security events... */
export const SECURITY_HISTORY_SIZE = 20;
/**
 * ...and, apart, this many of the holder's newest successful logins: a stranger who knows the address
 * can fill the 20 with wrong passwords and locks, and must not push the holder's own logins out of sight.
 */
export const SECURITY_HISTORY_LOGINS = 5;

/**
 * The password policy (NIST SP 800-63B-4 §3.1.1.2): at least 8 characters,
 * 15 or more recommended, up to 128 accepted (at least 64 required); any
 * printable characters, spaces and Japanese included; no composition rules.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;
/** パスワードをお忘れの方: reset mails per address in any hour, whether or not it has an account. */
export const PASSWORD_RESET_MAILS_PER_HOUR = 3;

/** 求職番号, as printed on the 求職受付票: 13 digits, written 5-8 (13010-12345671). */
export const JOB_SEEKER_NUMBER_DIGITS = 13;
/**
 * アカウントを再登録: 5 wrong 求職番号/生年月日 pairs per 求職番号 lock it for
 * a day. The 求職番号 is printed on paper and a birth date is one of ~20,000,
 * so 5 a day keeps guessing one out of reach for years; the holder who is
 * locked out by a stranger can still go to a Hello Work office.
 */
export const RE_REGISTRATION_MAX_FAILURES = 5;
export const RE_REGISTRATION_LOCK_HOURS = 24;
/**
 * That limit is per 求職番号, and a 求職番号 is an office prefix and a serial while birth dates cluster:
 * one client trying many numbers must run out before a hit becomes likely.
 * Wrong pairs per client (functions/src/platform/clientAddress.ts) in any hour. No limit of all clients
 * together: one client could spend it for everyone.
 */
export const RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR = 10;
/**
 * A completed re-registration takes effect this long after: until then the old address and password keep
 * working, and the old address has been mailed a cancel code. 72 hours covers a weekend of unread mail and
 * a working day after it; whoever really lost the mailbox waits three days, or goes to a Hello Work office.
 */
export const RE_REGISTRATION_HOLD_HOURS = 72;
/** The cancel code mailed to the old address: 16 digits (10^16: not to be guessed), shown in fours. */
export const RE_REGISTRATION_CANCEL_CODE_DIGITS = 16;
