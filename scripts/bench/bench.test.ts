import { describe, expect, it } from 'vitest';
import { formatTable, runBench } from './bench';

// npm run bench with a few of everything, so the bench cannot rot. It looks
// at what the table says, never at how fast: timings belong to the bench.
describe('npm run bench, a few logins', () => {
  it('measures every part and prints one table; the logins at once all succeed and trip no lock', async () => {
    const rows = await runBench({
      trustedLogins: 3,
      otpLogins: 2,
      countedLogins: 1,
      parallelLogins: 4,
      pageLoads: 1,
      hashRuns: 1,
      build: false,
      // One of the two: the audit's code runs, at half the cost.
      auditedUrls: ['/login'],
    });
    expect(new Set(rows.map((row) => row.part))).toEqual(new Set(['latency', 'Firestore', 'password hash', 'page', 'cold start', 'load']));
    for (const row of rows) expect(row.figure, row.measure).not.toMatch(/NaN|undefined/);
    const failures = rows.filter((row) => row.part === 'load' && !row.speed && row.pass === false);
    expect(failures, 'errors or misfired locks under load').toEqual([]);
    expect(formatTable(rows).split('\n')).toHaveLength(rows.length + 2);
  });
});
