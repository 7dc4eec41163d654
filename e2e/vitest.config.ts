import { stackProject } from '../testing/stackProject';

// Journeys in Debian's Chromium against the running product: one file at a time, after the
// other stack suites (a later group), since a browser beside them on 2 cores made 30-second
// waits run out.
export default stackProject('e2e', import.meta.dirname, {
  testTimeout: 90_000,
  fileParallelism: false,
  maxWorkers: 1,
  sequence: { groupOrder: 1 },
});
