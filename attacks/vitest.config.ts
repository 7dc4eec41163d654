import { defineConfig } from 'vitest/config';

// The attack suite: outsiders' attacks on the running product (npm test starts it),
// through the app's origin, Firebase Auth's public REST API and a browser.
export default defineConfig({
  test: {
    name: 'attacks',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // One file at a time: the clock helpers move every lockout at once.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
