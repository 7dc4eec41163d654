import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of the samples, nearest rank: what "p95" means in the table. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
export const median = (samples: number[]) => quantile(samples, 0.5);
export const p95 = (samples: number[]) => quantile(samples, 0.95);

/** Runs the task and returns its result with how long it took, in milliseconds. */
export async function timed<T>(task: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await task();
  return { result, ms: performance.now() - start };
}

/** The function's own time from a `Server-Timing: app;dur=12.3` header, or null. */
export function appDuration(serverTiming: string | null): number | null {
  const match = /(?:^|,)\s*app;dur=([\d.]+)/.exec(serverTiming ?? '');
  return match ? Number(match[1]) : null;
}
