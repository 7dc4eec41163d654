// npm test: every test, with the services they need started and stopped here.
//   1. lint (ESLint, Prettier, typecheck), 2. unit and web component tests (no services), 3. build the web app,
//   4. start the stack with the built app on the Hosting emulator,
//   5. against it, STACK_TEST_WORKERS files at a time: the functions' integration tests, the tester console and
//      the deployable artifacts, the attack suite, the bench's smoke run, the browser journeys,
//   6. the tests that stop a shared service (MailDev), alone, 7. stop the stack,
//   8. `npm start` itself (the README's first command), 9. where the time went, and one summary line.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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

/** One vitest run of these projects; its JSON report is `<results>.json`, read for the summary. */
const results: string[] = [];
const vitest = (projects: readonly string[], name: string, env: Record<string, string> = {}) => {
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
const step = async (name: string, action: () => Promise<number>) => {
  console.log(`\n=== ${name}`);
  if ((await timed(name, action)) !== 0) failures.push(name);
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

await step('lint: ESLint (boundaries, cycles, hooks, a11y), Prettier, typecheck', () => runCommand('npm', ['run', '--silent', 'lint']));
await step('unit: contracts and pure rules (no services)', () => vitest(['unit'], 'unit'));
await step('web: component tests', () => vitest(['web'], 'web'));
await step('web: production build', () => runCommand('npm', ['run', '--silent', 'build', '-w', 'web'], webEnv));
await step('deploy: what firebase deploy ships, installed and loaded as Cloud Build would (Node 22)', () => vitest(['deploy'], 'deploy'));

console.log('\n=== starting the stack (built app on the Hosting emulator)');
try {
  await timed('starting the stack', async () => {
    stack = await startStack({ web: 'hosting' });
    return 0;
  });
  if (!stack) throw new Error('the stack did not start');
  const env = { APP_URL: stack.appUrl };
  await step(`${stackSuites.join(', ')} against the stack, side by side (Firestore: ${describeFirestore(stack.firestore)})`, () =>
    vitest(stackSuites, 'stack', env),
  );
  await step('alone: the tests that stop MailDev, with nothing else running', () => vitest(['alone'], 'alone', env));
} catch (error) {
  console.error((error as Error).message);
  failures.push('starting the stack');
} finally {
  await timed('stopping the stack', async () => {
    await stopStack();
    return 0;
  });
}
await step('npm start: the dev stack comes up and Ctrl-C stops it', () => vitest(['start'], 'start'));

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
console.log(`${seconds(timings.reduce((sum, { seconds: wall }) => sum + wall, 0))}  in all`);
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
