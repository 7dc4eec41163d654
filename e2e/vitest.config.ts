import { stackProject } from '../testing/stackProject';

// Journeys in Debian's Chromium against the running product, after the other stack suites (a
// later group: beside them, its 30-second waits ran out), two files at a time: one file leaves a
// third of the 2 cores idle while the browser waits on the stack (measured: 258 s one at a time,
// 182 s two at a time, every journey passing).
export default stackProject('e2e', import.meta.dirname, {
  testTimeout: 90_000,
  maxWorkers: 2,
  sequence: { groupOrder: 1 },
});
