import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiFunctionNames } from '@hellowork/contracts';
import { chooseFirestore, describeFirestore, startEmbeddedFirestore, type FirestoreChoice } from './firestore';
import { loadDemoData } from './jobSeekers';
import { writeLocalConfig } from './localConfig';
import { startMailCatcher, stopMailCatcher } from './mailCatcher';
import { emulatorEnv, PROJECT_ID, ports, urls } from './ports';
import { portInUse, startProcess, stopProcessGroup, waitForHttp, type RunningProcess } from './processes';

/*
 * The whole product on this machine: Firestore (official or embedded), the
 * Auth, Functions (and Hosting) emulators, MailDev, the web app, demo data.
 * Used by `npm start` (Vite dev server) and `npm test` (the built app on the
 * Hosting emulator, as in production).
 */

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const bin = (name: string) => root(`node_modules/.bin/${name}`);
/** Vite as the web workspace resolves it (npm may keep it under web/node_modules). */
const viteBin = () => join(dirname(createRequire(root('web/package.json')).resolve('vite/package.json')), 'bin/vite.js');

export type StackOptions = { web: 'vite' | 'hosting' };
export type Stack = { firestore: FirestoreChoice; appUrl: string; stop: () => Promise<void> };

/** The deployment's hash key, made once per checkout; emulators read it from functions/.secret.local. */
function ensureLocalSecret() {
  const file = root('functions/.secret.local');
  if (!existsSync(file) || !readFileSync(file, 'utf8').includes('LOGIN_HASH_KEY=')) {
    writeFileSync(file, `LOGIN_HASH_KEY=${randomBytes(32).toString('base64url')}\n`);
  }
}

/** The local configuration (see localConfig.ts): both cases run from a generated firebase.local.json. */
const emulatorConfig = (firestore: FirestoreChoice): string => writeLocalConfig({ emulatorUi: firestore.kind === 'official' });

async function assertPortsFree(web: StackOptions['web']) {
  const needed = [ports.firestore, ports.auth, ports.functions, ports.smtp, ports.mailWeb, web === 'vite' ? ports.web : ports.hosting];
  const busy = [];
  for (const port of needed) if (await portInUse(port)) busy.push(port);
  if (busy.length) {
    throw new Error(`Port(s) ${busy.join(', ')} already in use: is another copy of the stack running? Stop it first.`);
  }
}

export async function startStack({ web }: StackOptions, say: (line: string) => void = console.log): Promise<Stack> {
  await assertPortsFree(web);
  ensureLocalSecret();
  const started: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all([...started].reverse().map((service) => stopProcessGroup(service.pid)));
    await stopMailCatcher();
  };
  try {
    const firestore = chooseFirestore();
    say(`Firestore: ${describeFirestore(firestore)}`);
    if (firestore.kind === 'embedded') started.push(startEmbeddedFirestore());

    say('Building the functions…');
    const build = startProcess('functions-build', bin('tsx'), [root('functions/build.ts')]);
    if ((await build.exited) !== 0) throw new Error(`The functions did not build: see ${build.logFile}`);

    await startMailCatcher();
    const only = ['auth', 'functions', ...(firestore.kind === 'official' ? ['firestore'] : []), ...(web === 'hosting' ? ['hosting'] : [])];
    say(`Starting the Firebase emulators (${only.join(', ')})…`);
    const emulators = startProcess(
      'emulators',
      bin('firebase'),
      ['emulators:start', '--config', emulatorConfig(firestore), '--only', only.join(','), '--project', PROJECT_ID],
      firestore.kind === 'embedded' ? { FIRESTORE_EMULATOR_HOST: emulatorEnv.FIRESTORE_EMULATOR_HOST } : {},
    );
    started.push(emulators);
    let appUrl = urls.hosting;
    if (web === 'vite') {
      started.push(startProcess('vite', process.execPath, [viteBin(), '--config', root('web/vite.config.ts'), '--strictPort']));
      appUrl = urls.web;
    }
    // Ready when every function answers a GET with its own 405 through the
    // app's origin: the Hosting rewrite (or Vite proxy) reaches it for a while
    // only after the emulators say they are up.
    for (const name of apiFunctionNames) {
      await waitForHttp(`${appUrl}/api/${name}`, `/api/${name} (see .stack/logs)`, {
        timeoutMs: 180_000,
        died: emulators.exited,
        status: 405,
      });
    }

    await loadDemoData();
    return { firestore, appUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
