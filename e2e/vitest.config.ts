import { stackProject } from '../testing/stackProject';

// Journeys in Debian's Chromium against the running product, after the other stack suites (a
// later group), one file at a time: Chromium keeps both cores busy by itself (two files side by
// side took as long as one after the other), and beside other suites its 30-second waits ran out.
export default stackProject('e2e', import.meta.dirname, {
  testTimeout: 90_000,
  fileParallelism: false,
  maxWorkers: 1,
  sequence: { groupOrder: 1 },
});
