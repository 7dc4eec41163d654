// npm test: every test, with the services they need started and stopped here. Three lanes side by side
// first (on 2 cores a lane waiting on a service leaves a core to the others):
//   lint (ESLint, Prettier, typecheck) | unit and web component tests, then what `firebase deploy` ships |
//   `npm start` itself (the README's first command), then the web build and the test stack starting
//   (the built app on the Hosting emulator; one stack at a time: both use the usual ports);
// then against the stack, STACK_TEST_WORKERS files at a time: the functions' integration tests, the tester
// console, the attack suite, the bench's smoke run, then the browser journeys, two files at a time; then the tests
// that stop or wipe a shared service, alone; the stack stops; where the time went, and one summary line.
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeFirestore } from './lib/firestore';
import { webEnv } from './lib/localConfig';
import { runCommand } from './lib/processes';
import { startStack, type Stack } from './lib/stack';
import { stackSuites } from '../testing/stackProject';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${root}.stack/results/`;
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** Where a step that runs beside others writes its output; printed whole when the step ends. */
type Output = string | undefined;

/** One vitest run of these projects; its JSON report is `<results>.json`, read for the summary. */
const results: string[] = [];
const vitest = (projects: readonly string[], name: string, output: Output, env: Record<string, string> = {}) => {
  results.push(name);
  return runCommand(
    `${root}node_modules/.bin/vitest`,
    [
      'run',
      ...projects.flatMap((project) => ['--project', project]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resultsDir}${name}.json`,
    ],
    env,
    output,
  );
};

const failures: string[] = [];
/** Each step's wall time, printed as a table at the end: where the test line's minutes go. */
const timings: { name: string; seconds: number; ok: boolean }[] = [];
const timed = async (name: string, action: () => Promise<number>): Promise<number> => {
  const started = performance.now();
  const code = await action().catch((error: unknown) => {
    console.error((error as Error).message);
    return 1;
  });
  timings.push({ name, seconds: (performance.now() - started) / 1000, ok: code === 0 });
  return code;
};
/** A step: in a lane beside others (`quiet`) its output waits in a log file until it ends. */
const step = async (name: string, action: (output: Output) => Promise<number>, { quiet = false } = {}) => {
  const output = quiet ? `${resultsDir}${name.replace(/[^\w]+/g, '-')}.log` : undefined;
  if (!quiet) console.log(`\n=== ${name}`);
  const code = await timed(name, () => action(output));
  if (output) console.log(`\n=== ${name}\n${existsSync(output) ? readFileSync(output, 'utf8').trimEnd() : ''}`);
  if (code !== 0) failures.push(name);
};

let stack: Stack | undefined;
const stopStack = async () => {
  await stack?.stop();
  stack = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopStack().then(() => process.exit(130));
  });
}

const quiet = { quiet: true };
await Promise.all([
  step(
    'lint: ESLint (boundaries, cycles, hooks, a11y), Prettier, typecheck',
    (output) => runCommand('npm', ['run', '--silent', 'lint'], {}, output),
    quiet,
  ),
  (async () => {
    await step('unit: contracts and pure rules (no services)', (output) => vitest(['unit'], 'unit', output), quiet);
    await step('web: component tests', (output) => vitest(['web'], 'web', output), quiet);
    await step(
      'deploy: what firebase deploy ships, installed and loaded as Cloud Build would (Node 22)',
      (output) => vitest(['deploy'], 'deploy', output),
      quiet,
    );
  })(),
  (async () => {
    await step('npm start: the dev stack comes up and Ctrl-C stops it', (output) => vitest(['start'], 'start', output), quiet);
    await step('web: production build', (output) => runCommand('npm', ['run', '--silent', 'build', '-w', 'web'], webEnv, output), quiet);
    await step(
      'starting the stack (built app on the Hosting emulator)',
      async (output) => {
        stack = await startStack({ web: 'hosting' }, (line) => appendFileSync(output!, `${line}\n`));
        return 0;
      },
      quiet,
    );
  })(),
]);

try {
  if (!stack) throw new Error('the stack did not start');
  const env = { APP_URL: stack.appUrl };
  await step(`${stackSuites.join(', ')} against the stack (Firestore: ${describeFirestore(stack.firestore)})`, () =>
    vitest(stackSuites, 'stack', undefined, env),
  );
  await step('alone: the tests that stop or wipe a shared service, with nothing else running', () =>
    vitest(['alone'], 'alone', undefined, env),
  );
} catch (error) {
  console.error((error as Error).message);
  failures.push('starting the stack');
} finally {
  await timed('stopping the stack', async () => {
    await stopStack();
    return 0;
  });
}

// Where the time went, by step and by file; then one closing line over every suite, in the plain form CI reads.
type Report = Record<'numPassedTests' | 'numFailedTests' | 'numPendingTests' | 'numTodoTests', number> & {
  testResults: { name: string; startTime: number; endTime: number }[];
};
const totals = { passed: 0, failed: 0, skipped: 0 };
const files: { name: string; seconds: number }[] = [];
for (const name of results) {
  try {
    const report = JSON.parse(readFileSync(`${resultsDir}${name}.json`, 'utf8')) as Report;
    for (const file of report.testResults)
      files.push({ name: file.name.replace(root, ''), seconds: (file.endTime - file.startTime) / 1000 });
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    failures.push(`${name}: no results`);
  }
}
const seconds = (value: number) => `${value.toFixed(1).padStart(8)} s`;
console.log('\nWhere the time went, step by step (wall time):');
for (const { name, seconds: wall, ok } of timings) console.log(`${seconds(wall)}  ${ok ? '  ' : '✗ '}${name}`);
console.log(`${seconds(process.uptime())}  in all (the first steps ran in three lanes side by side)`);
const bySuite = new Map<string, number>();
for (const { name, seconds: own } of files) {
  const suite = name
    .split('/')
    .slice(0, name.startsWith('scripts/') ? 2 : 1)
    .join('/');
  bySuite.set(suite, (bySuite.get(suite) ?? 0) + own);
}
console.log("\nBy suite (the sum of its files' own time):");
for (const [suite, own] of [...bySuite].sort((a, b) => b[1] - a[1])) console.log(`${seconds(own)}  ${suite}`);
console.log('\nThe slowest test files (their own time; side-by-side files overlap):');
for (const { name, seconds: own } of files.sort((a, b) => b.seconds - a.seconds).slice(0, 12)) console.log(`${seconds(own)}  ${name}`);
if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\nSummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
