import { defineConfig, type ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/**
 * A vitest project whose tests run against the one running stack (npm test starts it):
 * one file at a time, since they share MailDev (the SMTP-down test stops it) and the
 * emulators, with timeouts for real round trips.
 */
export const stackProject = (name: string, root: string, test: TestOptions = {}) =>
  defineConfig({
    test: {
      name,
      root,
      environment: 'node',
      include: ['**/*.test.ts'],
      exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
      ...test,
    },
  });
