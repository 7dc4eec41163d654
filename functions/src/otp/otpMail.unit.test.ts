import { describe, expect, it } from 'vitest';
import {
  CODE_BLOCK_MINUTES,
  CODE_MAX_WRONG_BEFORE_RESET,
  MINUTE_MS,
  OTP_BLOCK_NOTICE_SUBJECT,
  OTP_RESET_REQUIRED_NOTICE_SUBJECT,
  CODE_DIGITS,
  OTP_MAIL_SUBJECT,
  CODE_MAX_WRONG_ENTRIES,
  CODE_MAX_WRONG_IN_A_ROW,
  CODE_VALID_MINUTES,
} from '@hellowork/contracts';
import { otpBlockNoticeMail, otpMail, otpResetRequiredNoticeMail } from './otpMail';

const sentAt = Date.UTC(2026, 10, 26, 1, 0); // 10:00 in Japan
const expiresAt = sentAt + CODE_VALID_MINUTES * 60_000;

describe('the OTP mail (manual ④)', () => {
  const mail = otpMail('asu.yuki@example.jp', '012345', expiresAt);

  it('goes to the given address under the manual’s subject', () => {
    expect(mail.to).toBe('asu.yuki@example.jp');
    expect(mail.subject).toBe(OTP_MAIL_SUBJECT);
  });

  it('carries the code with its leading zero, and the limits from the constants', () => {
    expect(mail.text).toContain('ワンタイムパスワード：012345');
    expect(mail.text).toContain(`半角数字${CODE_DIGITS}桁`);
    expect(mail.text).toContain(`有効時間：${CODE_VALID_MINUTES}分間(2026年11月26日 10時30分まで)`);
    expect(mail.text).toContain(`入力を${CODE_MAX_WRONG_ENTRIES}回間違えた場合`);
  });

  it('tells a holder who did not log in to reset the password, as the block notices do, and that replies go nowhere', () => {
    expect(mail.text).toContain('「パスワードをお忘れの方」から、パスワードを再設定してください。');
    expect(mail.text).toContain('このメールは送信専用です。');
  });
});

describe('the notice when wrong codes in a row stop new codes', () => {
  const mail = otpBlockNoticeMail('asu.yuki@example.jp', sentAt, sentAt + CODE_BLOCK_MINUTES * MINUTE_MS);

  it('says how many wrong codes, since when, until when, what comes next and what to do — without any code', () => {
    expect(mail.subject).toBe(OTP_BLOCK_NOTICE_SUBJECT);
    expect(mail.text).toContain(`${CODE_MAX_WRONG_IN_A_ROW}回以上`);
    expect(mail.text).toContain('(2026年11月26日 10時00分)');
    expect(mail.text).toContain('2026年11月26日 11時00分まで停止');
    expect(mail.text).toContain(`続けて${CODE_MAX_WRONG_BEFORE_RESET}回に達すると`);
    // The login needs the code it blocks: the reset is the holder's way to a new password.
    expect(mail.text).toContain('「パスワードをお忘れの方」から、パスワードを再設定してください。');
    expect(mail.text).not.toMatch(/\d{6}/);
  });
});

describe('the notice when wrong codes in a row need a new password', () => {
  const mail = otpResetRequiredNoticeMail('asu.yuki@example.jp', sentAt);

  it('says how many, since when, that only a new password ends it, and how', () => {
    expect(mail.subject).toBe(OTP_RESET_REQUIRED_NOTICE_SUBJECT);
    expect(mail.text).toContain(`続けて${CODE_MAX_WRONG_BEFORE_RESET}回ありました(2026年11月26日 10時00分)`);
    expect(mail.text).toContain('パスワードを再設定するまでログインできません');
    expect(mail.text).toContain('「パスワードをお忘れの方」から、パスワードを再設定してください。');
    expect(mail.text).not.toMatch(/\d{6}/);
  });
});
