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
const basePorts = {
  web: 5173,
  hosting: emulators.hosting.port,
  functions: emulators.functions.port,
  firestore: emulators.firestore.port,
  auth: emulators.auth.port,
  ui: emulators.ui.port,
  mailWeb: 1080,
  smtp: 1025,
  /** The tester console (local stack only; see scripts/testerConsole). */
  testerConsole: 4100,
  // The emulator suite's own services, at firebase-tools' defaults: they start
  // with the others and would collide with a second stack's.
  hub: 4400,
  logging: 4500,
  eventarc: 9299,
  tasks: 9499,
  firestoreWebsocket: 9150,
};
export const ports = Object.fromEntries(Object.entries(basePorts).map(([name, port]) => [name, port + PORT_OFFSET])) as typeof basePorts;

export const urls = {
  /** localhost, not 127.0.0.1: browsers treat it as a secure context, so the Secure cookie is kept. */
  web: `http://localhost:${ports.web}`,
  hosting: `http://localhost:${ports.hosting}`,
  mail: `http://${HOST}:${ports.mailWeb}`,
  functions: `http://${HOST}:${ports.functions}/${PROJECT_ID}/${REGION}`,
  ui: `http://${HOST}:${ports.ui}`,
  testerConsole: `http://${HOST}:${ports.testerConsole}`,
};

/** What an Admin SDK process needs to talk to the emulators instead of production. */
export const emulatorEnv = {
  FIRESTORE_EMULATOR_HOST: `${HOST}:${ports.firestore}`,
  FIREBASE_AUTH_EMULATOR_HOST: `${HOST}:${ports.auth}`,
  GCLOUD_PROJECT: PROJECT_ID,
};
