import { defineConfig } from 'vitest/config';

// The README's commands themselves (npm start); run by npm test after the other suites.
export default defineConfig({
  test: { name: 'start', root: import.meta.dirname, environment: 'node', include: ['start.test.ts'], testTimeout: 240_000 },
});
