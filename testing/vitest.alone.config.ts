import { fileURLToPath } from 'node:url';
import { stackProject } from './stackProject';

// Tests that stop, wipe or use up what every other suite uses (MailDev, the tester console's reset,
// the re-registration budget of all clients together):
// npm test runs them when nothing else runs.
export default stackProject('alone', fileURLToPath(new URL('..', import.meta.url)), {
  include: ['functions/src/**/*.alone.test.ts', 'scripts/**/*.alone.test.ts', 'attacks/**/*.alone.test.ts'],
  exclude: ['**/node_modules/**'],
  fileParallelism: false,
  maxWorkers: 1,
});
