// The tester console (local stack only): started by scripts/lib/stack.ts as
//   tsx scripts/testerConsole/main.ts --app <app url>
// It refuses to start unless it talks to emulators of a demo- project.
import { HOST, ports, urls } from '../lib/ports';

const env = process.env;
const problems = [
  !env.FIRESTORE_EMULATOR_HOST && 'FIRESTORE_EMULATOR_HOST is not set',
  !env.FIREBASE_AUTH_EMULATOR_HOST && 'FIREBASE_AUTH_EMULATOR_HOST is not set',
  !env.GCLOUD_PROJECT?.startsWith('demo-') && `the project "${env.GCLOUD_PROJECT ?? ''}" is not a demo- project`,
].filter(Boolean);
if (problems.length) {
  console.error(`Tester console: refusing to start: ${problems.join('; ')}. It runs only against the local emulators.`);
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? null : (args[index + 1] ?? null);
};

// Loaded only after the checks: it starts the Admin SDK.
const { createTesterConsole } = await import('./server');
createTesterConsole({ app: option('--app') ?? urls.web, mail: urls.mail }).listen(ports.testerConsole, HOST, () => {
  console.log(`Tester console listening on ${urls.testerConsole}`);
});
