import { defineConfig } from 'vitest/config';

// What `firebase deploy` would ship, built, installed and loaded as Cloud Build would, offline
// but for the npm registry. No stack: npm test runs it before starting one.
export default defineConfig({
  test: {
    name: 'deploy',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // One build of each artifact, shared by the file's tests.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
