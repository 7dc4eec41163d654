import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../testing/demoData';
import { commonPasswordCount, isCommonPassword } from './commonPasswords';

describe('the list of common and breached passwords', () => {
  it('holds tens of thousands of them, compared without case', () => {
    expect(commonPasswordCount).toBeGreaterThan(40_000);
    for (const password of ['password', 'PASSWORD', 'qwertyuiop', 'iloveyou', '12345678']) expect(isCommonPassword(password)).toBe(true);
  });

  it('compares as the hash does, after NFKC: full-width letters and digits are the listed password', () => {
    expect(isCommonPassword('ｐａｓｓｗｏｒｄ１２３４')).toBe(true);
    expect(isCommonPassword('ＱＷＥＲＴＹＵＩＯＰ')).toBe(true);
  });

  it('lets the demo password and a passphrase through', () => {
    expect(isCommonPassword(DEMO_PASSWORD)).toBe(false);
    expect(isCommonPassword('correct horse battery staple 2026')).toBe(false);
  });
});
