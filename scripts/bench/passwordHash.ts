import { performance } from 'node:perf_hooks';
import { currentParameters, hashPassword, MAX_CONCURRENT_HASHES } from '../../functions/src/passwords/passwordHash';

/*
 * The password hash as the functions run it (functions/src/passwords/passwordHash.ts):
 * its time, one at a time and as many at once as an instance allows, and its
 * memory: scrypt holds 128·N·r bytes for its whole run (the figure the
 * capacity arithmetic uses), checked against this process's peak RSS growth.
 */
export type HashFigures = { singleMs: number[]; parallelMs: number; parallel: number; memoryMiB: number; rssGrowthMiB: number };

export async function measurePasswordHash(runs: number): Promise<HashFigures> {
  const singleMs: number[] = [];
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await hashPassword('Kyushoku#2025');
      singleMs.push(performance.now() - start);
    }
    const start = performance.now();
    await Promise.all(Array.from({ length: MAX_CONCURRENT_HASHES }, () => hashPassword('Kyushoku#2025')));
    const parallelMs = performance.now() - start;
    const { N, r } = currentParameters;
    return {
      singleMs,
      parallelMs,
      parallel: MAX_CONCURRENT_HASHES,
      memoryMiB: (128 * N * r) / 2 ** 20,
      rssGrowthMiB: (peak - before) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}
