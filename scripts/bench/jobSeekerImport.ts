// npm run bench:import -- [rows]: times `npm run job-seekers:import` of a generated list (10,000 rows unless
// told) against the running stack (`npm start`, or with STACK_PORT_OFFSET the same offset), as an operator
// runs it, from the command to its summary: read, checked against the project, written in batches, and the
// マイページ開設 mails queued. The mails themselves are sent afterwards by the follow-up queue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PROJECT_ID } from '../lib/ports';
import { machine } from './bench';
import { newJobSeekerNumber } from '../../testing/demoData';

const rows = Number(process.argv[2] ?? 10_000);
const run = randomBytes(3).toString('hex');
const folder = mkdtempSync(join(tmpdir(), 'hellowork-bench-import-'));
const file = join(folder, 'job-seekers.csv');
writeFileSync(
  file,
  [
    '求職番号,生年月日,氏名,利用安定所,メールアドレス',
    ...Array.from(
      { length: rows },
      (_, i) => `${newJobSeekerNumber()},1990-04-01,計測 ${i + 1},飯田橋公共職業安定所,bench-import-${run}-${i}@example.jp`,
    ),
  ].join('\r\n'),
);
const started = performance.now();
const summary = execFileSync('npm', ['run', '--silent', 'job-seekers:import', '--', '--project', PROJECT_ID, file], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const seconds = (performance.now() - started) / 1000;
rmSync(folder, { recursive: true, force: true });
console.log(summary.trim());
console.log(`\nImport of ${rows} rows on ${machine()}: ${seconds.toFixed(1)} s, command to summary (${Math.round(rows / seconds)} rows/s)`);
