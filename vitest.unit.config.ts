import { defineConfig } from 'vitest/config';

// Pure rules and contracts: no emulator, no network, milliseconds each.
// `*.unit.test.ts` beside the code they test, in contracts/, functions/ and scripts/; docs/ checks its own links.
export default defineConfig({
  test: {
    name: 'unit',
    root: import.meta.dirname,
    environment: 'node',
    include: ['{contracts,functions,scripts,docs}/**/*.unit.test.ts'],
    exclude: ['**/node_modules/**'],
    // Property tests run hundreds of cases: room for a machine busy with other work.
    testTimeout: 30_000,
    // Files share a worker's loaded modules instead of each loading them anew (half the suite's CPU): the code
    // under test is pure, and no unit test mocks, stubs or patches a module.
    isolate: false,
    // The functions' keyed hashes read their key from the environment, as the emulator provides it.
    env: { LOGIN_HASH_KEY: 'unit-test-hash-key', APP_URL: 'http://localhost:5173' },
  },
});
