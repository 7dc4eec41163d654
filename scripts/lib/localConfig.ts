import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { HOST, PORT_OFFSET, ports, urls } from './ports';

/*
 * firebase.json is the production configuration. The local stack runs from a
 * generated, git-ignored firebase.local.json: the same, except that the page
 * may also reach the Auth emulator (which the built app talks to), without the
 * Emulator UI (a download, and Firestore is the stack's own: scripts/lib/firestore.ts),
 * and every emulator at its port of ports.ts (STACK_PORT_OFFSET shifts them).
 */

const root = (path: string) => new URL(`../../${path}`, import.meta.url);

/** The Auth emulator as the web app reaches it (web/.env.emulator VITE_AUTH_EMULATOR_URL). */
export const AUTH_EMULATOR_ORIGIN = `http://${HOST}:${ports.auth}`;

type Header = { key: string; value: string };
type HostingConfig = { headers?: { source: string; headers: Header[] }[] };

/** Adds an origin to connect-src of every Content-Security-Policy in the hosting headers. */
export function allowConnectTo(hosting: HostingConfig, origin: string): void {
  for (const rule of hosting.headers ?? []) {
    for (const header of rule.headers) {
      if (header.key.toLowerCase() !== 'content-security-policy') continue;
      header.value = header.value
        .split(';')
        .map((directive) => directive.trim())
        .map((directive) => (directive.startsWith('connect-src ') ? `${directive} ${origin}` : directive))
        .join('; ');
    }
  }
}

type EmulatorsConfig = Record<string, { host?: string; port?: number; enabled?: boolean; websocketPort?: number }>;

export function writeLocalConfig(): string {
  const config = JSON.parse(readFileSync(root('firebase.json'), 'utf8')) as {
    emulators: EmulatorsConfig;
    hosting: HostingConfig;
    functions: { source: string }[];
  };
  const { emulators } = config;
  // The workspace folder, not the deploy folder lib/: the emulator reads the demo project's
  // .env.demo-hellowork and .secret.local there, and package.json's main is lib/index.js.
  for (const codebase of config.functions) codebase.source = 'functions';
  for (const name of ['auth', 'functions', 'firestore', 'hosting', 'ui'] as const)
    emulators[name] = { ...emulators[name], port: ports[name] };
  // At offset 0 firebase-tools picks these itself, as it always has.
  if (PORT_OFFSET !== 0) {
    for (const name of ['hub', 'logging', 'eventarc', 'tasks'] as const) emulators[name] = { host: HOST, port: ports[name] };
  }
  emulators.ui!.enabled = false;
  allowConnectTo(config.hosting, AUTH_EMULATOR_ORIGIN);
  writeFileSync(root('firebase.local.json'), `${JSON.stringify(config, null, 2)}\n`);
  return 'firebase.local.json';
}

/*
 * The functions read APP_URL from functions/.env.demo-hellowork, written for
 * the usual ports (SMTP_URL is a secret: localSecret.ts). With an offset, a
 * functions/.env.local (which the Functions emulator prefers, and deploy
 * ignores) points it at this stack's app; without one, a file of ours left
 * from an earlier run is removed, so offset 0 runs exactly on .env.demo-hellowork.
 */
const ENV_LOCAL = 'functions/.env.local';
const ENV_LOCAL_HEADER = '# Written by scripts/lib/localConfig.ts for STACK_PORT_OFFSET; rewritten at every start.';

export function writeFunctionsEnvLocal(): void {
  const path = root(ENV_LOCAL);
  if (PORT_OFFSET === 0) {
    if (existsSync(path) && readFileSync(path, 'utf8').startsWith(ENV_LOCAL_HEADER)) rmSync(path);
    return;
  }
  writeFileSync(path, `${ENV_LOCAL_HEADER}\nAPP_URL=${urls.web}\n`);
}

/** What the web app needs to reach this stack's Auth emulator (Vite lets the process env override web/.env.emulator). */
export const webEnv = { VITE_AUTH_EMULATOR_URL: AUTH_EMULATOR_ORIGIN };
