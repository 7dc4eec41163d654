import { defineConfig } from 'vitest/config';

// Every suite by name: `npx vitest run --project web|functions|e2e`. npm test
// runs web first (no services needed), then starts the stack for the others.
export default defineConfig({
  test: { projects: ['web/vite.config.ts', 'functions/vitest.config.ts', 'e2e/vitest.config.ts'] },
});
