import { defineConfig, type ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** The projects that run against the running stack, in one vitest run (npm test). */
export const stackSuites = ['functions', 'console', 'attacks', 'bench', 'e2e'] as const;

/**
 * How many of their files run at once. Every test works on accounts of its own (its own
 * login ids, codes, mails; what wipes everything is an `alone` test), so files run side by side.
 * Three, on 2 cores: the Functions emulator caps the requests it runs at once (stack.ts), so a
 * burst waits its turn instead of starting a process per request and timing a login out, and
 * a third file fills what two leave idle while they wait on the stack (the functions, console,
 * attack and bench suites: 224 s at three against 241 s at two). The journeys set their own.
 */
const workers = Number(process.env.STACK_TEST_WORKERS ?? 3);

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
      // Files share a worker's loaded modules (the Admin SDK, the product's code) rather than each
      // loading them anew: ~1.5 s of a core per file. Nothing here mocks or patches a module.
      isolate: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
      ...test,
    },
  });
