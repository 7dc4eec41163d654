import { readFileSync, writeFileSync } from 'node:fs';
import { HOST, ports } from './ports';

/*
 * firebase.json is the production configuration. The local stack runs from a
 * generated, git-ignored firebase.local.json: the same, except that the page
 * may also reach the Auth emulator (which the built app talks to), and, where
 * the official Firestore suite cannot run, without the Emulator UI (a download).
 */

const root = (path: string) => new URL(`../../${path}`, import.meta.url);

/** The Auth emulator as the web app reaches it (web/.env VITE_AUTH_EMULATOR_URL). */
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

export function writeLocalConfig({ emulatorUi }: { emulatorUi: boolean }): string {
  const config = JSON.parse(readFileSync(root('firebase.json'), 'utf8')) as {
    emulators: { ui: { enabled: boolean } };
    hosting: HostingConfig;
  };
  config.emulators.ui.enabled = emulatorUi;
  allowConnectTo(config.hosting, AUTH_EMULATOR_ORIGIN);
  writeFileSync(root('firebase.local.json'), `${JSON.stringify(config, null, 2)}\n`);
  return 'firebase.local.json';
}
