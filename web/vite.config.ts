import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { apiFunctionNames } from '../contracts/src/api.ts';
import { prerenderPublicPages } from './prerender.ts';

const REGION = 'asia-northeast1';
/** The local stack's mode: web/.env.emulator (the Auth emulator, the demo project). Every other build is a deploy's. */
const EMULATOR_MODE = 'emulator';
// The local stack (scripts/lib/stack.ts) passes its own when STACK_PORT_OFFSET shifts its ports.
const port = Number(process.env.WEB_DEV_PORT ?? 5173);
const functionsOrigin = process.env.FUNCTIONS_EMULATOR_ORIGIN ?? 'http://127.0.0.1:5001';

/** The API key's shape in the Firebase console: a real key, not a placeholder. */
const GOOGLE_API_KEY = /^AIza[\w-]{35}$/;

/**
 * A deploy's build (`vite build --mode <project id>`) must talk to that project and nothing
 * local: it fails here, loudly, before a byte is written, if its config names an emulator, a
 * demo project or the demo key, or another project than the one it is built for; and again if
 * any value of web/.env.emulator turns up in what it wrote.
 */
function deployConfigGuard(mode: string, env: Record<string, string>, emulatorEnv: Record<string, string>): Plugin {
  const refuse = (reason: string): never => {
    throw new Error(`Refusing the production build for "${mode}": ${reason} (see docs/deploy.md)`);
  };
  return {
    name: 'hellowork-deploy-config-guard',
    apply: 'build',
    buildStart() {
      const projectId = env.VITE_FIREBASE_PROJECT_ID ?? '';
      if (env.VITE_AUTH_EMULATOR_URL) refuse(`VITE_AUTH_EMULATOR_URL is set (${env.VITE_AUTH_EMULATOR_URL})`);
      if (!projectId) refuse(`no VITE_FIREBASE_PROJECT_ID: create web/.env.${mode}`);
      if (projectId.startsWith('demo-')) refuse(`${projectId} is a demo project`);
      if (projectId !== mode) refuse(`VITE_FIREBASE_PROJECT_ID is ${projectId}, not the project being deployed`);
      if (!GOOGLE_API_KEY.test(env.VITE_FIREBASE_API_KEY ?? '')) refuse('VITE_FIREBASE_API_KEY is not a Google API key');
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        const text = output.type === 'chunk' ? output.code : String(output.source);
        for (const [name, value] of Object.entries(emulatorEnv))
          if (text.includes(value)) refuse(`${output.fileName} holds ${name} of .env.${EMULATOR_MODE} (${value})`);
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const emulatorEnv = loadEnv(EMULATOR_MODE, import.meta.dirname, 'VITE_');
  // The process env wins over the files, as in Vite itself (the local stack sets VITE_AUTH_EMULATOR_URL).
  const env = { ...loadEnv(mode, import.meta.dirname, 'VITE_'), ...process.env } as Record<string, string>;
  return {
    root: import.meta.dirname,
    plugins: [
      react(),
      prerenderPublicPages(),
      ...(mode === EMULATOR_MODE || mode === 'test' ? [] : [deployConfigGuard(mode, env, emulatorEnv)]),
    ],
    server: {
      port,
      strictPort: true,
      // The API is reached on the page's own origin, as Hosting rewrites it in
      // production, so the device-trust cookie stays first-party and HttpOnly.
      proxy: Object.fromEntries(
        apiFunctionNames.map((name) => [
          `/api/${name}`,
          { target: functionsOrigin, rewrite: () => `/${emulatorEnv.VITE_FIREBASE_PROJECT_ID}/${REGION}/${name}` },
        ]),
      ),
    },
    build: { outDir: 'dist', emptyOutDir: true },
    test: {
      name: 'web',
      environment: 'jsdom',
      include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
      setupFiles: ['./src/testing/setup.ts'],
    },
  };
});
