import { randomBytes, scryptSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { currentParameters, hashPassword, MAX_CONCURRENT_HASHES, verifyPassword, type ScryptHash } from '@hellowork/functions/tools';

/*
 * The password hash as the functions run it (functions/src/passwords/passwordHash.ts):
 * Argon2id's time, one at a time and as many at once as an instance allows,
 * and its memory (checked against this process's peak RSS growth); beside
 * it, in the same run, the scrypt it replaced (N=2^16, r=8, p=2), as the
 * functions still verify a hash of that era.
 */
export type HashFigures = {
  singleMs: number[];
  scryptMs: number[];
  parallelMs: number;
  parallel: number;
  memoryMiB: number;
  rssGrowthMiB: number;
};

const PASSWORD = 'Kyushoku#2025';
/** The scrypt setting of the functions before Argon2id (docs/decisions/0007-argon2id.md). */
const SCRYPT_ERA = { N: 2 ** 16, r: 8, p: 2 } as const;

function scryptEraHash(): ScryptHash {
  const salt = randomBytes(16);
  const hash = scryptSync(PASSWORD, salt, 32, { ...SCRYPT_ERA, maxmem: 2 * 128 * SCRYPT_ERA.N * SCRYPT_ERA.r });
  return { algorithm: 'scrypt', ...SCRYPT_ERA, keyLength: 32, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

const timed = async (task: () => Promise<unknown>) => {
  const start = performance.now();
  await task();
  return performance.now() - start;
};

export async function measurePasswordHash(runs: number): Promise<HashFigures> {
  const singleMs: number[] = [];
  const scryptMs: number[] = [];
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const scryptHash = scryptEraHash();
    // Interleaved, so both meet the same noise.
    for (let run = 0; run < runs; run += 1) {
      singleMs.push(await timed(() => hashPassword(PASSWORD)));
      scryptMs.push(await timed(() => verifyPassword(PASSWORD, scryptHash)));
    }
    const parallelMs = await timed(() => Promise.all(Array.from({ length: MAX_CONCURRENT_HASHES }, () => hashPassword(PASSWORD))));
    return {
      singleMs,
      scryptMs,
      parallelMs,
      parallel: MAX_CONCURRENT_HASHES,
      memoryMiB: currentParameters.memoryKiB / 1024,
      rssGrowthMiB: (peak - before) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}
