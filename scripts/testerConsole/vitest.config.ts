import { stackProject } from '../../testing/stackProject';

// The tester console against the running stack, and the check that nothing of it
// reaches the deployable artifacts.
export default stackProject('console', import.meta.dirname);
