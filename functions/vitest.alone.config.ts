import { stackProject } from '../testing/stackProject';

// Tests that stop a service every other suite uses (MailDev): npm test runs them when nothing else runs.
export default stackProject('alone', import.meta.dirname, {
  include: ['src/**/*.alone.test.ts'],
  exclude: ['**/node_modules/**'],
  fileParallelism: false,
  maxWorkers: 1,
});
