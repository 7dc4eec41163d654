import { readFileSync } from 'node:fs';

const readRootJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'));
type EmulatorName = 'auth' | 'functions' | 'firestore' | 'hosting' | 'ui';
const firebaseConfig = readRootJson('firebase.json') as { emulators: Record<EmulatorName, { port: number }> };
const firebaserc = readRootJson('.firebaserc') as { projects: { default: string } };

const { emulators } = firebaseConfig;
export const PROJECT_ID: string = firebaserc.projects.default;
export const REGION = 'asia-northeast1';
export const HOST = '127.0.0.1';

/**
 * STACK_PORT_OFFSET=100 shifts every port below by 100, so a second copy of
 * the stack (another worktree, a benchmark) runs beside the usual one. 0, the
 * default, is the ports of firebase.json and the Firebase defaults.
 */
function portOffset(): number {
  const value = process.env.STACK_PORT_OFFSET ?? '0';
  if (!/^\d{1,5}$/.test(value) || Number(value) > 10_000)
    throw new Error(`STACK_PORT_OFFSET must be a whole number up to 10000, not "${value}"`);
  return Number(value);
}
export const PORT_OFFSET = portOffset();

/** Where every local service listens (the Firebase defaults, fixed in firebase.json), shifted by the offset. */
const shifted = (port: number) => port + PORT_OFFSET;
export const ports = {
  web: shifted(5173),
  hosting: shifted(emulators.hosting.port),
  functions: shifted(emulators.functions.port),
  firestore: shifted(emulators.firestore.port),
  auth: shifted(emulators.auth.port),
  mailWeb: shifted(1080),
  smtp: shifted(1025),
  ...suitePorts(),
};

/**
 * The emulator suite's own services. At offset 0, firebase.json's UI port and
 * firebase-tools' defaults for the rest, as always. Those lie 100 apart (the UI
 * at 4000 and the console at 4100, the hub at 4400 and logging at 4500), so
 * shifted by 100 one stack's would land on another's: a shifted stack takes a
 * block of its own at 4410 + offset instead. The tester console (local stack
 * only; see scripts/testerConsole) sits among them at 4100: shifted by 300 it
 * would take the usual stack's hub (4400), so it moves into the block too.
 */
function suitePorts() {
  const names = ['ui', 'hub', 'logging', 'eventarc', 'tasks', 'testerConsole'] as const;
  if (PORT_OFFSET === 0) return { ui: emulators.ui.port, hub: 4400, logging: 4500, eventarc: 9299, tasks: 9499, testerConsole: 4100 };
  return Object.fromEntries(names.map((name, index) => [name, 4410 + index + PORT_OFFSET])) as Record<(typeof names)[number], number>;
}

export const urls = {
  /** localhost, not 127.0.0.1: browsers treat it as a secure context, so the Secure cookie is kept. */
  web: `http://localhost:${ports.web}`,
  hosting: `http://localhost:${ports.hosting}`,
  mail: `http://${HOST}:${ports.mailWeb}`,
  functions: `http://${HOST}:${ports.functions}/${PROJECT_ID}/${REGION}`,
  testerConsole: `http://${HOST}:${ports.testerConsole}`,
};

/** What an Admin SDK process needs to talk to the emulators instead of production. */
export const emulatorEnv = {
  FIRESTORE_EMULATOR_HOST: `${HOST}:${ports.firestore}`,
  FIREBASE_AUTH_EMULATOR_HOST: `${HOST}:${ports.auth}`,
  GCLOUD_PROJECT: PROJECT_ID,
};
