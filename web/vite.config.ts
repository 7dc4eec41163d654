import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { apiFunctionNames } from '../contracts/src/api.ts';
import { prerenderPublicPages } from './prerender.ts';

const PROJECT_ID = 'demo-hellowork';
const REGION = 'asia-northeast1';
// The local stack (scripts/lib/stack.ts) passes its own when STACK_PORT_OFFSET shifts its ports.
const port = Number(process.env.WEB_DEV_PORT ?? 5173);
const functionsOrigin = process.env.FUNCTIONS_EMULATOR_ORIGIN ?? 'http://127.0.0.1:5001';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), prerenderPublicPages()],
  server: {
    port,
    strictPort: true,
    // The API is reached on the page's own origin, as Hosting rewrites it in
    // production, so the device-trust cookie stays first-party and HttpOnly.
    proxy: Object.fromEntries(
      apiFunctionNames.map((name) => [`/api/${name}`, { target: functionsOrigin, rewrite: () => `/${PROJECT_ID}/${REGION}/${name}` }]),
    ),
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
  },
});
