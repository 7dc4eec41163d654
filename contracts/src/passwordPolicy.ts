import { z } from './zod.ts';
import { errorMessages } from './errors.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH } from './limits.ts';

/*
 * One password policy for every screen that sets a password and for the
 * functions (NIST SP 800-63B-4 §3.1.1.2): length only, any printable
 * characters, no composition rules. Refusing the address itself and the
 * current password needs them, so those are checks a screen and the
 * functions both run through newPasswordIssue(); the list of common and
 * breached passwords is checked by the functions alone (50,000 entries stay
 * off the job seeker's phone) and answered with 'password-too-common'.
 */

/** The rules as the screens show them next to the field, before the job seeker types. */
export const passwordRuleTexts = [
  `${PASSWORD_MIN_LENGTH}文字以上${PASSWORD_MAX_LENGTH}文字以内で入力してください(${PASSWORD_RECOMMENDED_LENGTH}文字以上をおすすめします)。`,
  '英字・数字・記号・空白・日本語など、どの文字も使えます。文字の種類の組み合わせは必要ありません。',
  'メールアドレスと同じもの、現在のパスワードと同じもの、よく使われている・流出したことが知られているパスワードは使えません。',
] as const;

// Control characters (C0, DEL, C1: \p{Cc}) cannot be typed and are not printable; a lone surrogate
// half (\p{Cs} in u-mode, where a pair is one code point) is not a character and only a broken client sends one.
const unprintable = /[\p{Cc}\p{Cs}]/u;

/** Counted as the job seeker sees characters: an emoji or a kanji from a surrogate pair is one. */
const length = (password: string) => Array.from(password).length;

/** A password typed to prove it (login, the current one at パスワード変更): up to the policy's longest, even in surrogate pairs. */
export const enteredPasswordSchema = z
  .string()
  .check(z.minLength(1, 'パスワードを入力してください。'), z.maxLength(PASSWORD_MAX_LENGTH * 2, 'パスワードが長すぎます。'));

export const newPasswordSchema = z.string().check(
  z.refine((password) => length(password) >= PASSWORD_MIN_LENGTH, `パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください。`),
  z.refine((password) => length(password) <= PASSWORD_MAX_LENGTH, `パスワードは${PASSWORD_MAX_LENGTH}文字以内で入力してください。`),
  z.refine((password) => !unprintable.test(password), 'パスワードに使えない文字(制御文字)が含まれています。'),
);

/**
 * NIST SP 800-63B-4 §3.1.1.2: a password is normalised (NFKC) before it is hashed, so a full-width and a
 * half-width input of it are one password; every rule compares it in that form too.
 */
export const normalizePassword = (password: string) => password.normalize('NFKC');

/** The checks that need the address and the current password: the first one broken, or null. */
export function newPasswordIssue(
  password: string,
  context: { email: string; currentPassword?: string },
): 'password-same-as-email' | 'password-same-as-current' | null {
  const normalized = normalizePassword(password);
  if (normalized.trim().toLowerCase() === normalizePassword(context.email).trim().toLowerCase()) return 'password-same-as-email';
  if (context.currentPassword !== undefined && normalized === normalizePassword(context.currentPassword)) return 'password-same-as-current';
  return null;
}

export const PASSWORD_CONFIRMATION_MISMATCH = '確認のため、同じパスワードをもう一度入力してください。';

/**
 * A form that sets a password: its own fields, then the new password twice.
 * Every rule is checked before anything is sent, with the address the
 * password is for (and the form's currentPassword, if it has one).
 */
export function newPasswordFormSchema<Shape extends z.core.$ZodLooseShape>(shape: Shape, email: string) {
  return z.object({ ...shape, newPassword: newPasswordSchema, newPasswordConfirmation: z.string() }).check(
    z.superRefine((form, context) => {
      const { newPassword, newPasswordConfirmation, currentPassword } = form as {
        newPassword: string;
        newPasswordConfirmation: string;
        currentPassword?: unknown;
      };
      const issue = newPasswordIssue(newPassword, {
        email,
        ...(typeof currentPassword === 'string' ? { currentPassword } : {}),
      });
      if (issue) context.addIssue({ code: 'custom', path: ['newPassword'], message: errorMessages[issue] });
      if (newPassword !== newPasswordConfirmation)
        context.addIssue({ code: 'custom', path: ['newPasswordConfirmation'], message: PASSWORD_CONFIRMATION_MISMATCH });
    }),
  );
}
