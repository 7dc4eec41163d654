import { stackProject } from '../testing/stackProject';

// The attack suite: outsiders' attacks on the running product, through the app's
// origin, Firebase Auth's public REST API and a browser.
export default stackProject('attacks', import.meta.dirname, { testTimeout: 90_000 });
