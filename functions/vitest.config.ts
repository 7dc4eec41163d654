import { defineConfig } from 'vitest/config';

// Integration tests against the running emulators and MailDev (npm test starts them).
export default defineConfig({
  test: {
    name: 'functions',
    root: import.meta.dirname,
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.unit.test.ts'],
    // One file at a time: the SMTP-down test stops the shared MailDev.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
