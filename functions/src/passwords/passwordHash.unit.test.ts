import { describe, expect, it } from 'vitest';
import {
  checkAndUpgrade,
  currentParameters,
  hashPassword,
  MAX_CONCURRENT_HASHES,
  needsRehash,
  Semaphore,
  verifyPassword,
  type ScryptParameters,
} from './passwordHash';

// Cheap parameters for the tests that are about the rules, not the cost.
const older: ScryptParameters = { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

describe('password hashes', () => {
  it("uses OWASP's scrypt setting and records it beside a 16-byte salt", async () => {
    const stored = await hashPassword('Kyushoku#2025');
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 2 ** 16, r: 8, p: 2, keyLength: 32 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('Kyushoku');
  });

  it('verifies the right password only, and salts every hash differently', async () => {
    const first = await hashPassword('secret-1', older);
    const second = await hashPassword('secret-1', older);
    expect(first.hash).not.toBe(second.hash);
    expect(await verifyPassword('secret-1', first)).toBe(true);
    expect(await verifyPassword('secret-2', first)).toBe(false);
    expect(await verifyPassword('secret-1', { ...first, algorithm: 'md5' as 'scrypt' })).toBe(false);
  });

  it('treats a full-width password like its half-width form (NFKC)', async () => {
    const stored = await hashPassword('Pass123', older);
    expect(await verifyPassword('Ｐａｓｓ１２３', stored)).toBe(true);
  });

  it('asks for a rehash when any parameter differs from today', () => {
    const base = { ...currentParameters, salt: '', hash: '' };
    expect(needsRehash(base)).toBe(false);
    expect(needsRehash({ ...base, N: 2 ** 15 })).toBe(true);
    expect(needsRehash({ ...base, p: 1 })).toBe(true);
    expect(needsRehash({ ...base, keyLength: 64 })).toBe(true);
  });

  it('rehashes an old hash with the current parameters after a right password, never after a wrong one', async () => {
    const stored = await hashPassword('secret', older);
    const current: ScryptParameters = { ...older, N: 2 ** 11 };
    expect(await checkAndUpgrade('wrong', stored, current)).toEqual({ valid: false });
    const result = await checkAndUpgrade('secret', stored, current);
    if (!result.valid || !result.rehashed) throw new Error('expected a rehash');
    expect(result.rehashed).toMatchObject({ N: 2 ** 11 });
    expect(await verifyPassword('secret', result.rehashed)).toBe(true);
    expect(await checkAndUpgrade('secret', result.rehashed, current)).toEqual({ valid: true, rehashed: null });
  });

  it(`runs at most ${MAX_CONCURRENT_HASHES} tasks at once through the semaphore`, async () => {
    const semaphore = new Semaphore(MAX_CONCURRENT_HASHES);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        semaphore.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(MAX_CONCURRENT_HASHES);
  });
});
