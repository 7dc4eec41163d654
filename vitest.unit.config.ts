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
    // The functions' keyed hashes read their key from the environment, as the emulator provides it.
    env: { LOGIN_HASH_KEY: 'unit-test-hash-key', APP_URL: 'http://localhost:5173' },
  },
});
