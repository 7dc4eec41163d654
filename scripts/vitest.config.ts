import { defineConfig } from 'vitest/config';

// The README's commands themselves (npm start); run by npm test after the other suites.
export default defineConfig({
  test: {
    name: 'start',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // The console's tests and the bench's smoke run are projects of their own, against the stack npm test starts.
    exclude: ['**/*.unit.test.ts', 'testerConsole/**', 'bench/**'],
    testTimeout: 240_000,
  },
});
