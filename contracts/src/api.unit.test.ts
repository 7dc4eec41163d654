import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apiFunctionNames,
  emailSchema,
  emptyRequestSchema,
  loginRequestSchema,
  otpCodeSchema,
  revokeTrustedDeviceRequestSchema,
  verifyOtpRequestSchema,
} from './api.ts';
import { CODE_DIGITS, PASSWORD_MAX_LENGTH } from './limits.ts';

const toFullWidth = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('emailSchema: the login id', () => {
  it.each([
    ['asu.yuki@example.jp', 'asu.yuki@example.jp'],
    ['  Asu.Yuki@Example.JP  ', 'asu.yuki@example.jp'],
    ['\tkensho.hanako@example.jp\n', 'kensho.hanako@example.jp'],
  ])('accepts %j as %j (trimmed, lower-cased: one login id per mailbox)', (input, expected) => {
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'メールアドレスを入力してください。'],
    ['   ', 'メールアドレスを入力してください。'],
    ['asu.yuki@', 'メールアドレスの形式が正しくありません。(例: hellowork@example.jp)'],
    ['asu yuki@example.jp', 'メールアドレスの形式が正しくありません。(例: hellowork@example.jp)'],
    // A full-width ＠ from a Japanese IME is not an address separator.
    ['asu.yuki＠example.jp', 'メールアドレスの形式が正しくありません。(例: hellowork@example.jp)'],
    // Cyrillic а (U+0430) in place of Latin a: a look-alike is not the same login id.
    ['\u0430su.yuki@example.jp', 'メールアドレスの形式が正しくありません。(例: hellowork@example.jp)'],
    [`${'a'.repeat(250)}@example.jp`, 'メールアドレスが長すぎます。'],
  ])('refuses %j with a Japanese message', (input, message) => {
    expect(firstMessage(emailSchema.safeParse(input))).toBe(message);
  });

  it.each([null, 42, {}, ['a@example.jp']])('refuses a non-string (%j)', (input) => {
    expect(emailSchema.safeParse(input).success).toBe(false);
  });
});

describe('loginRequestSchema', () => {
  it('keeps the password exactly as typed (spaces are part of it)', () => {
    expect(loginRequestSchema.parse({ email: 'a@example.jp', password: ' Kyushoku#2025 ' }).password).toBe(' Kyushoku#2025 ');
  });

  it.each([
    [{ email: 'a@example.jp', password: '' }, 'パスワードを入力してください。'],
    [{ email: 'a@example.jp', password: 'x'.repeat(PASSWORD_MAX_LENGTH * 2 + 1) }, 'パスワードが長すぎます。'],
  ])('refuses %j', (input, message) => {
    expect(firstMessage(loginRequestSchema.safeParse(input))).toBe(message);
  });

  it('refuses missing fields and wrong types', () => {
    expect(loginRequestSchema.safeParse({ email: 'a@example.jp' }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ email: 'a@example.jp', password: 12345678 }).success).toBe(false);
  });
});

describe('otpCodeSchema: the code from the mail', () => {
  it.each([
    ['123456', '123456'],
    [toFullWidth('123456'), '123456'],
    [`${toFullWidth('123')}456`, '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['123\u3000456', '123456'],
  ])('accepts %j as %j', (input, expected) => {
    expect(otpCodeSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'ワンタイムパスワードを入力してください。'],
    ['12345', `ワンタイムパスワードは半角数字${CODE_DIGITS}桁で入力してください。`],
    ['1234567', `ワンタイムパスワードは半角数字${CODE_DIGITS}桁で入力してください。`],
    ['12345a', `ワンタイムパスワードは半角数字${CODE_DIGITS}桁で入力してください。`],
    // Arabic-Indic digits are digits to Unicode, not to the job seeker's mail.
    ['١٢٣٤٥٦', `ワンタイムパスワードは半角数字${CODE_DIGITS}桁で入力してください。`],
  ])('refuses %j with a Japanese message', (input, message) => {
    expect(firstMessage(otpCodeSchema.safeParse(input))).toBe(message);
  });
});

describe('verifyOtpRequestSchema', () => {
  const valid = { verificationId: 'uid.nonce', code: '123456', trustThisBrowser: false };
  it('accepts a complete request', () => {
    expect(verifyOtpRequestSchema.parse(valid)).toEqual(valid);
  });
  it.each([
    ['no trust choice', { verificationId: 'uid.nonce', code: '123456' }],
    ['a string for the trust choice', { ...valid, trustThisBrowser: 'true' }],
    ['an empty challenge id', { ...valid, verificationId: '' }],
    ['a huge challenge id', { ...valid, verificationId: 'x'.repeat(513) }],
  ])('refuses %s', (_case, input) => {
    expect(verifyOtpRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('the other requests', () => {
  it('refuses any field where none is expected', () => {
    expect(emptyRequestSchema.safeParse({}).success).toBe(true);
    expect(emptyRequestSchema.safeParse({ uid: 'someone-else' }).success).toBe(false);
  });
  it('wants a device id as issued: 22 URL-safe characters', () => {
    expect(revokeTrustedDeviceRequestSchema.safeParse({ deviceId: 'Ab3_-xYz0123456789abcd' }).success).toBe(true);
  });
  // Firestore refuses '/', '..' and ids of the form __…__: refused here, they never reach it.
  it.each(['', '/', '..', '__x__', `__${'x'.repeat(18)}__`, 'a/b'.padEnd(22, 'c'), 'x'.repeat(23), 'é'.padEnd(22, 'a')])(
    'refuses the device id %j',
    (deviceId) => {
      expect(revokeTrustedDeviceRequestSchema.safeParse({ deviceId }).success).toBe(false);
    },
  );
});

describe('the API table as Hosting serves it', () => {
  it('is what firebase.json rewrites: /api/<name> to the function of that name, for each function and nothing else', () => {
    const firebaseJson = JSON.parse(readFileSync(new URL('../../firebase.json', import.meta.url), 'utf8')) as {
      hosting: { rewrites: { source: string; function?: { functionId: string } }[] };
    };
    const toFunctions = firebaseJson.hosting.rewrites.filter((rewrite) => rewrite.function);
    expect(toFunctions.map((rewrite) => [rewrite.source, rewrite.function!.functionId])).toEqual(
      apiFunctionNames.map((name) => [`/api/${name}`, name]),
    );
  });
});
