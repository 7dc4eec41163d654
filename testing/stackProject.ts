import { defineConfig, type ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** The projects that run against the running stack, in one vitest run (npm test). */
export const stackSuites = ['functions', 'console', 'attacks', 'bench', 'e2e'] as const;

/**
 * How many of their files run at once. Every test works on accounts of its own (its own
 * login ids, codes, mails), so files may run side by side (STACK_TEST_WORKERS=2 saves a few
 * minutes), but on 2 cores that made a login wait out its time now and then (a right
 * password answered with an error once in a fresh-clone run): one at a time by default.
 */
const workers = Number(process.env.STACK_TEST_WORKERS ?? 1);

/**
 * A vitest project whose tests run against the one running stack (npm test starts it),
 * with timeouts for real round trips. A test that stops a shared service (MailDev) is a
 * `*.alone.test.ts`, which only the `alone` project runs, when nothing else does.
 */
export const stackProject = (name: string, root: string, test: TestOptions = {}) =>
  defineConfig({
    test: {
      name,
      root,
      environment: 'node',
      include: ['**/*.test.ts'],
      exclude: ['**/*.unit.test.ts', '**/*.alone.test.ts', '**/node_modules/**'],
      fileParallelism: workers > 1,
      maxWorkers: workers,
      testTimeout: 60_000,
      hookTimeout: 60_000,
      ...test,
    },
  });
