import { stackProject } from '../testing/stackProject';

// Journeys in Debian's Chromium against the running product.
export default stackProject('e2e', import.meta.dirname, { testTimeout: 90_000 });
