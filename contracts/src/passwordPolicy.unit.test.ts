import { describe, expect, it } from 'vitest';
import { z } from './zod.ts';
import { errorMessages } from './errors.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH } from './limits.ts';
import { newPasswordFormSchema, enteredPasswordSchema, newPasswordIssue, newPasswordSchema, passwordRuleTexts } from './passwordPolicy.ts';

const accepts = (password: string) => newPasswordSchema.safeParse(password).success;

describe('the password policy', () => {
  it(`takes ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, counted as the job seeker sees them`, () => {
    expect(accepts('a'.repeat(PASSWORD_MIN_LENGTH - 1))).toBe(false);
    expect(accepts('a'.repeat(PASSWORD_MIN_LENGTH))).toBe(true);
    expect(accepts('a'.repeat(PASSWORD_MAX_LENGTH))).toBe(true);
    expect(accepts('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe(false);
    // Four characters of a surrogate pair each are four, not eight.
    expect(accepts('𠮷野家😀')).toBe(false);
    expect(accepts('𠮷'.repeat(PASSWORD_MAX_LENGTH))).toBe(true);
  });

  it('asks for no mix of character kinds: spaces, Japanese and one kind only are fine', () => {
    for (const password of ['correct horse battery', 'きゅうしょくかつどう', 'aaaaaaaaaaaa', '12345678901234567890x'])
      expect(accepts(password)).toBe(true);
  });

  it('refuses control characters and lone surrogate halves, which no keyboard types', () => {
    for (const password of ['abcdefgh\u0000', 'abc\tdefgh', 'abcdefgh\u007f', 'abcdefgh\u0085', 'abcdefgh\ud800', '\udfffabcdefgh'])
      expect(accepts(password)).toBe(false);
  });

  it('refuses the address itself, in any case or with spaces, and the current password', () => {
    expect(newPasswordIssue(' Shiken.Taro@Example.jp ', { email: 'shiken.taro@example.jp' })).toBe('password-same-as-email');
    expect(newPasswordIssue('Kyushoku#2025', { email: 'a@example.jp', currentPassword: 'Kyushoku#2025' })).toBe('password-same-as-current');
    expect(newPasswordIssue('Kyushoku#2026', { email: 'a@example.jp', currentPassword: 'Kyushoku#2025' })).toBeNull();
    // The hash stores NFKC: a full-width copy is the same password.
    expect(newPasswordIssue('ｓｈｉｋｅｎ．ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', { email: 'shiken.taro@example.jp' })).toBe(
      'password-same-as-email',
    );
    expect(newPasswordIssue('Ｋｙｕｓｈｏｋｕ＃２０２５', { email: 'a@example.jp', currentPassword: 'Kyushoku#2025' })).toBe(
      'password-same-as-current',
    );
  });

  it('wants the same password twice, and says at each field what is wrong with it', () => {
    const form = newPasswordFormSchema({ currentPassword: z.string() }, 'a@example.jp');
    const mismatch = form.safeParse({
      currentPassword: 'Kyushoku#2025',
      newPassword: 'correct horse',
      newPasswordConfirmation: 'correct horsf',
    });
    expect(mismatch.error?.issues.map((issue) => issue.path)).toEqual([['newPasswordConfirmation']]);
    const same = form.safeParse({
      currentPassword: 'Kyushoku#2025',
      newPassword: 'Kyushoku#2025',
      newPasswordConfirmation: 'Kyushoku#2025',
    });
    expect(same.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['newPassword'], errorMessages['password-same-as-current']],
    ]);
    expect(form.safeParse({ currentPassword: 'x', newPassword: 'correct horse', newPasswordConfirmation: 'correct horse' }).success).toBe(
      true,
    );
  });

  it('lets any password the policy allows be typed at login, however it is encoded', () => {
    expect(enteredPasswordSchema.safeParse('😀'.repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
  });

  it('states its numbers on the screen from the limits', () => {
    expect(passwordRuleTexts[0]).toContain(`${PASSWORD_MIN_LENGTH}文字以上${PASSWORD_MAX_LENGTH}文字以内`);
    expect(passwordRuleTexts[0]).toContain(`${PASSWORD_RECOMMENDED_LENGTH}文字以上をおすすめします`);
  });
});
