import { stackProject } from '../../testing/stackProject';

// The bench's smoke run: its code, end to end with a few logins, against the running stack.
export default stackProject('bench', import.meta.dirname, { testTimeout: 300_000 });
