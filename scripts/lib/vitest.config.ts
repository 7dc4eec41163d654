import { defineConfig } from 'vitest/config';

// Unit tests of the scripts' own logic: no stack needed.
export default defineConfig({
  test: { name: 'unit', root: import.meta.dirname, environment: 'node', include: ['**/*.test.ts'] },
});
