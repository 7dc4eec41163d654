import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  argon2ParametersOf,
  checkAndUpgrade,
  currentParameters,
  hashPassword,
  MAX_CONCURRENT_HASHES,
  needsRehash,
  Semaphore,
  unmatchableHash,
  verifyPassword,
  type Argon2Parameters,
} from './passwordHash';
import type { ScryptHash } from '../data/records';

// Cheap parameters for the tests that are about the rules, not the cost.
const older: Argon2Parameters = { memoryKiB: 1024, passes: 1, lanes: 1 };

/** A hash as the scrypt era stored it (small N: the rules, not the cost, are under test). */
function scryptEraHash(password: string): ScryptHash {
  const salt = Buffer.from('0123456789abcdef');
  const hash = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** 10, r: 8, p: 1 });
  return { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1, keyLength: 32, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

describe('password hashes', () => {
  it('uses Argon2id at 64 MiB and 2 passes, as a PHC string with a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPassword('Kyushoku#2025');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(argon2ParametersOf(stored)).toEqual(currentParameters);
    expect(stored).not.toContain('Kyushoku');
  });

  it('verifies the right password only, and salts every hash differently', async () => {
    const first = await hashPassword('secret-1', older);
    const second = await hashPassword('secret-1', older);
    expect(first).not.toBe(second);
    expect(await verifyPassword('secret-1', first)).toBe(true);
    expect(await verifyPassword('secret-2', first)).toBe(false);
    expect(await verifyPassword('secret-1', first.replace('$argon2id$', '$argon2i$'))).toBe(false);
    expect(await verifyPassword('secret-1', { algorithm: 'md5' } as unknown as ScryptHash)).toBe(false);
  });

  it('has a hash for an address without an account: of today’s cost, matched by no password, and made afresh', async () => {
    const noAccount = unmatchableHash();
    expect(noAccount).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(argon2ParametersOf(noAccount)).toEqual(currentParameters);
    expect(needsRehash(noAccount)).toBe(false);
    expect(await checkAndUpgrade('Kyushoku#2025', noAccount)).toEqual({ valid: false });
    expect(await checkAndUpgrade('', unmatchableHash(older))).toEqual({ valid: false });
    expect(unmatchableHash()).not.toBe(noAccount);
  });

  it('treats a full-width password like its half-width form (NFKC)', async () => {
    const stored = await hashPassword('Pass123', older);
    expect(await verifyPassword('Ｐａｓｓ１２３', stored)).toBe(true);
  });

  it('asks for a rehash when the algorithm or any parameter differs from today', async () => {
    expect(needsRehash(await hashPassword('x'))).toBe(false);
    expect(needsRehash(await hashPassword('x', { ...currentParameters, passes: 1 }))).toBe(true);
    expect(needsRehash(await hashPassword('x', { ...currentParameters, memoryKiB: 19 * 1024 }))).toBe(true);
    expect(needsRehash(scryptEraHash('x'))).toBe(true);
  });

  it('still verifies a hash of the scrypt era, and replaces it with Argon2id after a right password only', async () => {
    const stored = scryptEraHash('Kyushoku#2025');
    expect(await checkAndUpgrade('wrong', stored)).toEqual({ valid: false });
    const result = await checkAndUpgrade('Ｋｙｕｓｈｏｋｕ＃２０２５', stored);
    if (!result.valid || !result.rehashed) throw new Error('expected a rehash');
    expect(argon2ParametersOf(result.rehashed)).toEqual(currentParameters);
    expect(await checkAndUpgrade('Kyushoku#2025', result.rehashed)).toEqual({ valid: true, rehashed: null });
  });

  it('rehashes an Argon2id hash of older parameters with the current ones', async () => {
    const stored = await hashPassword('secret', older);
    const current: Argon2Parameters = { ...older, passes: 2 };
    const result = await checkAndUpgrade('secret', stored, current);
    if (!result.valid || !result.rehashed) throw new Error('expected a rehash');
    expect(argon2ParametersOf(result.rehashed)).toEqual(current);
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
