// Runs one command against a fresh local stack, then stops the stack:
//   npx tsx scripts/withStack.ts [--hosting [--build]] -- npx vitest run --project functions src/login
// --hosting serves the built app (web/dist) on the Hosting emulator, as npm test does (--build
// builds it first, as npm test does); without it the Vite dev server serves the app.
// The command gets APP_URL.
import { webEnv } from './lib/localConfig';
import { runCommand } from './lib/processes';
import { startStack } from './lib/stack';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const options = separator === -1 ? args : args.slice(0, separator);
const [command, ...commandArgs] = separator === -1 ? [] : args.slice(separator + 1);
if (!command) {
  console.error('usage: tsx scripts/withStack.ts [--hosting [--build]] -- <command> [args…]');
  process.exit(2);
}

if (options.includes('--build') && (await runCommand('npm', ['run', '--silent', 'build', '-w', 'web'], webEnv)) !== 0) process.exit(1);
const stack = await startStack({ web: options.includes('--hosting') ? 'hosting' : 'vite' });
const code = await runCommand(command, commandArgs, { APP_URL: stack.appUrl });
await stack.stop();
process.exit(code);
