import { defineConfig } from 'vitest/config';

// The README's commands themselves (npm start); run by npm test after the other suites.
export default defineConfig({
  test: {
    name: 'start',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // The console's tests run in their own project, against the stack npm test starts.
    exclude: ['**/*.unit.test.ts', 'testerConsole/**'],
    testTimeout: 240_000,
  },
});
