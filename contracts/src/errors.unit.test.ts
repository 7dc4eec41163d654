import { describe, expect, it } from 'vitest';
import { errorMessages, isErrorCode, otpDeadEndCodes } from './errors.ts';
import { LOCKOUT_MINUTES, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES } from './limits.ts';

describe('error codes and their Japanese messages', () => {
  it('gives every code a Japanese message', () => {
    for (const message of Object.values(errorMessages)) expect(message).toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it('states the manual’s numbers from the limits, so changing a limit changes the sentence', () => {
    expect(errorMessages['account-locked']).toContain(`${LOCKOUT_MINUTES}分`);
    expect(errorMessages['code-expired']).toContain(`${CODE_VALID_MINUTES}分間`);
    expect(errorMessages['code-exhausted']).toContain(`${CODE_MAX_WRONG_ENTRIES}回`);
  });

  it('tells a code of the contract from anything else', () => {
    expect(isErrorCode('code-wrong')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });

  it('sends the job seeker back to the login screen on every dead end', () => {
    for (const code of otpDeadEndCodes) expect(errorMessages[code]).toContain('ログイン画面に戻り');
  });
});
