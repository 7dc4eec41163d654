import { stackProject } from '../testing/stackProject';

// Integration tests against the running emulators and MailDev.
export default stackProject('functions', import.meta.dirname, { include: ['src/**/*.test.ts'] });
