import { defineConfig } from 'vitest/config';

// The README's commands themselves (npm start); run by npm test after the other suites.
export default defineConfig({
  test: {
    name: 'start',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // The console's tests, the bench's smoke run and the deploy check are projects of their own.
    exclude: ['**/*.unit.test.ts', 'testerConsole/**', 'bench/**', 'deploy/**'],
    testTimeout: 240_000,
  },
});
