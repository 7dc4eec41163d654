import { readFileSync } from 'node:fs';

const readRootJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'));
type EmulatorName = 'auth' | 'functions' | 'firestore' | 'hosting' | 'ui';
const firebaseConfig = readRootJson('firebase.json') as { emulators: Record<EmulatorName, { port: number }> };
const firebaserc = readRootJson('.firebaserc') as { projects: { default: string } };

/** Where every local service listens (the Firebase defaults, fixed in firebase.json). */
const { emulators } = firebaseConfig;
export const PROJECT_ID: string = firebaserc.projects.default;
export const REGION = 'asia-northeast1';
export const HOST = '127.0.0.1';

export const ports = {
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
};

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
