import { defineConfig } from 'vitest/config';

// Every suite by name: `npx vitest run --project unit|web|deploy|functions|alone|console|attacks|bench|e2e|start`.
// npm test runs unit and web first (no services needed), starts the stack for functions,
// console, attacks, bench (the bench's smoke run) and e2e, then runs start (which starts npm start itself).
export default defineConfig({
  test: {
    projects: [
      'vitest.unit.config.ts',
      'web/vite.config.ts',
      'functions/vitest.config.ts',
      'testing/vitest.alone.config.ts',
      'scripts/testerConsole/vitest.config.ts',
      'attacks/vitest.config.ts',
      'e2e/vitest.config.ts',
      'scripts/bench/vitest.config.ts',
      'scripts/vitest.config.ts',
      'scripts/deploy/vitest.config.ts',
    ],
  },
});
