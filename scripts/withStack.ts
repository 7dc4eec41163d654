// Runs one command against a fresh local stack, then stops the stack:
//   npx tsx scripts/withStack.ts [--hosting] -- npx vitest run --project functions src/login
// --hosting serves the built app (web/dist) on the Hosting emulator, as npm test does;
// without it the Vite dev server serves the app. The command gets APP_URL.
import { spawn } from 'node:child_process';
import { startStack } from './lib/stack';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const options = separator === -1 ? args : args.slice(0, separator);
const [command, ...commandArgs] = separator === -1 ? [] : args.slice(separator + 1);
if (!command) {
  console.error('usage: tsx scripts/withStack.ts [--hosting] -- <command> [args…]');
  process.exit(2);
}

const stack = await startStack({ web: options.includes('--hosting') ? 'hosting' : 'vite' });
const code = await new Promise<number>((resolve) => {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, APP_URL: stack.appUrl } });
  child.on('exit', (exitCode) => resolve(exitCode ?? 1));
});
await stack.stop();
process.exit(code);
