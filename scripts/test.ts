// npm test: every test, with the services they need started and stopped here.
//   1. lint (ESLint, Prettier, typecheck), 2. unit and web component tests (no services), 3. build the web app,
//   4. start the stack with the built app on the Hosting emulator,
//   5. functions integration tests, 6. the tester console and the deployable artifacts, 7. the attack suite,
//   8. the bench's smoke run, 9. browser journeys, 10. stop it, 11. `npm start` itself (the README's first command),
//   12. one summary line.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeFirestore } from './lib/firestore';
import { webEnv } from './lib/localConfig';
import { startStack, type Stack } from './lib/stack';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${root}.stack/results/`;
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const vitest = (project: string, env: Record<string, string> = {}) =>
  run(
    `${root}node_modules/.bin/vitest`,
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${resultsDir}${project}.json`],
    env,
  );

const failures: string[] = [];
const step = async (name: string, action: () => Promise<number>) => {
  console.log(`\n=== ${name}`);
  if ((await action()) !== 0) failures.push(name);
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

await step('lint: ESLint (boundaries, cycles, hooks, a11y), Prettier, typecheck', () => run('npm', ['run', '--silent', 'lint']));
await step('unit: contracts and pure rules (no services)', () => vitest('unit'));
await step('web: component tests', () => vitest('web'));
await step('web: production build', () => run('npm', ['run', '--silent', 'build', '-w', 'web'], webEnv));
await step('deploy: what firebase deploy ships, installed and loaded as Cloud Build would (Node 22)', () => vitest('deploy'));

console.log('\n=== starting the stack (built app on the Hosting emulator)');
try {
  stack = await startStack({ web: 'hosting' });
  const env = { APP_URL: stack.appUrl };
  await step(`functions: integration tests (Firestore: ${describeFirestore(stack.firestore)})`, () => vitest('functions', env));
  await step('console: the tester console, and that nothing of it is deployed', () => vitest('console', env));
  await step('attacks: an outsider attacking the running product', () => vitest('attacks', env));
  await step('bench: a smoke run of npm run bench (a few logins; no timing is asserted)', () => vitest('bench', env));
  await step('e2e: browser journeys in Chromium', () => vitest('e2e', env));
} catch (error) {
  console.error((error as Error).message);
  failures.push('starting the stack');
} finally {
  await stopStack();
}
await step('npm start: the dev stack comes up and Ctrl-C stops it', () => vitest('start'));

// One closing line over every suite, in the plain form CI reads.
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const project of ['unit', 'web', 'deploy', 'functions', 'console', 'attacks', 'bench', 'e2e', 'start']) {
  try {
    const result = JSON.parse(readFileSync(`${resultsDir}${project}.json`, 'utf8')) as Record<
      'numPassedTests' | 'numFailedTests' | 'numPendingTests' | 'numTodoTests',
      number
    >;
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + result.numTodoTests;
  } catch {
    failures.push(`${project}: no results`);
  }
}
if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\nSummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
