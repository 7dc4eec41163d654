import { defineConfig } from 'vitest/config';

// The tester console against the running stack (npm test starts it), and the
// check that nothing of it reaches the deployable artifacts.
export default defineConfig({
  test: {
    name: 'console',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
