import { defineConfig } from 'vitest/config';

// Pure rules (hash parameters, lock arithmetic, limit windows): no emulator, run before the stack starts.
export default defineConfig({
  test: {
    name: 'unit',
    root: import.meta.dirname,
    environment: 'node',
    include: ['src/**/*.unit.test.ts'],
  },
});
