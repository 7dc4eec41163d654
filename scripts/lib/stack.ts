import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiFunctionNames } from '@hellowork/contracts';
import { chooseFirestore, describeFirestore, firestoreReady, startFirestore, type FirestoreChoice } from './firestore';
import { ensureLocalSecret } from './localSecret';
import { webEnv, writeFunctionsEnvLocal, writeLocalConfig } from './localConfig';
import { startMailCatcher, stopMailCatcher } from './mailCatcher';
import { emulatorEnv, HOST, PORT_OFFSET, PROJECT_ID, ports, urls } from './ports';
import {
  portInUse,
  STARTUP_FILE,
  startFailure,
  startProcess,
  stopProcessGroup,
  waitForHttp,
  type RunningProcess,
  type Startup,
} from './processes';

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

/** Requests the Functions emulator runs at once (see FUNCTIONS_EMULATOR_PARALLEL below). */
export const FUNCTIONS_IN_FLIGHT = 4;

/** `everyFunctionLoaded: false` (npm start): ready once the first function answers; the others load meanwhile. */
export type StackOptions = { web: 'vite' | 'hosting'; everyFunctionLoaded?: boolean };
export type Stack = { firestore: FirestoreChoice; appUrl: string; testerConsoleUrl: string; stop: () => Promise<void> };

async function assertPortsFree(web: StackOptions['web']) {
  const needed = [
    ports.firestore,
    ports.auth,
    ports.functions,
    ports.smtp,
    ports.mailWeb,
    ports.testerConsole,
    ...(PORT_OFFSET === 0 ? [] : [ports.hub, ports.logging]),
    web === 'vite' ? ports.web : ports.hosting,
  ];
  const busy = [];
  for (const port of needed) if (await portInUse(port)) busy.push(port);
  if (busy.length) {
    throw new Error(`Port(s) ${busy.join(', ')} already in use: is another copy of the stack running? Stop it first.`);
  }
}

export async function startStack(
  { web, everyFunctionLoaded = true }: StackOptions,
  say: (line: string) => void = console.log,
): Promise<Stack> {
  await assertPortsFree(web);
  ensureLocalSecret();
  const started: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all([...started].reverse().map((service) => stopProcessGroup(service.pid)));
    await stopMailCatcher();
  };
  // Ctrl-C while starting: the services run in process groups of their own, so stop them here
  // (the callers' own handlers take over once the stack is up).
  const stopOnSignal = () => void stop().then(() => process.exit(130));
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, stopOnSignal);
  try {
    const firestore = chooseFirestore();
    say(`Firestore: ${describeFirestore(firestore)}`);
    const firestoreProcess = startFirestore(firestore);
    started.push(firestoreProcess);

    say('Building the functions…');
    const build = startProcess('functions-build', bin('tsx'), [root('functions/build.ts')]);
    if ((await build.exited) !== 0) throw startFailure('The functions build', build, 'failed');

    await startMailCatcher();
    writeFunctionsEnvLocal();
    const only = ['auth', 'functions', ...(web === 'hosting' ? ['hosting'] : [])];
    say(`Starting the Firebase emulators (${only.join(', ')})…`);
    const emulators = startProcess(
      'emulators',
      bin('firebase'),
      ['emulators:start', '--config', writeLocalConfig(), '--only', only.join(','), '--project', PROJECT_ID],
      {
        // The emulator gives the functions' code 10 s to load by default: too short on a busy 2-core machine.
        FUNCTIONS_DISCOVERY_TIMEOUT: '60',
        // The emulator runs each request in flight in a process of its own, and each new process
        // loads the code (~1.5 s of a core here), where Cloud Run serves up to `concurrency` requests
        // in one instance. Without a cap (firebase-tools' default is 50) a burst of logins spends the
        // machine on starting processes and answers none: 200 parallel logins left 153 unanswered.
        // Requests beyond the cap wait in the emulator's queue, as they would for a free instance.
        FUNCTIONS_EMULATOR_PARALLEL: String(FUNCTIONS_IN_FLIGHT),
        // The stack's own Firestore (started above), for the functions and for the suite.
        FIRESTORE_EMULATOR_HOST: emulatorEnv.FIRESTORE_EMULATOR_HOST,
      },
    );
    started.push(emulators);
    let appUrl = urls.hosting;
    if (web === 'vite') {
      const vite = startProcess(
        'vite',
        process.execPath,
        [viteBin(), '--config', root('web/vite.config.ts'), '--mode', 'emulator', '--strictPort'],
        {
          ...webEnv,
          WEB_DEV_PORT: String(ports.web),
          FUNCTIONS_EMULATOR_ORIGIN: `http://${HOST}:${ports.functions}`,
        },
      );
      started.push(vite);
      appUrl = urls.web;
      await waitForHttp(appUrl, 'The Vite dev server', { timeoutMs: 60_000, service: vite });
    }
    // Ready when every function answers a GET with its own 405 through the
    // app's origin: the Hosting rewrite (or Vite proxy) reaches it for a while
    // only after the emulators say they are up.
    const answers = (name: string) =>
      waitForHttp(`${appUrl}/api/${name}`, `The Firebase emulators (${only.join(', ')})`, {
        timeoutMs: 180_000,
        service: emulators,
        status: 405,
      });
    // The first function's answering GET is the cold call (the emulator starts a runtime and loads the
    // code), timed alone for the bench.
    const [firstFunction, ...otherFunctions] = apiFunctionNames;
    const firstCallMs = await answers(firstFunction!);
    // The tester console loads meanwhile; it is waited for last.
    const testerConsole = startProcess('tester-console', bin('tsx'), [root('scripts/testerConsole/main.ts'), '--app', appUrl], emulatorEnv);
    started.push(testerConsole);
    // The first answer proves the way in (every function comes from the one bundle). Tests wait for the others,
    // loaded together. npm start says it is ready first and loads them one at a time (~2 s of a core each): the
    // emulator runs FUNCTIONS_IN_FLIGHT requests at once, and the developer's first ones are not queued behind 18.
    if (everyFunctionLoaded) await Promise.all(otherFunctions.map(answers));
    else
      void (async () => {
        for (const name of otherFunctions) await answers(name);
      })().catch(() => undefined); // stopped before they all loaded: nothing to wait for

    // Firestore (the official emulator's JVM) starts beside everything above.
    await firestoreReady(firestore, firestoreProcess);
    // Loaded only now: it sets the emulators' hosts in this process's
    // environment, which the child processes above must not inherit.
    const { loadDemoData } = await import('../../testing/jobSeekers');
    await loadDemoData();

    await waitForHttp(urls.testerConsole, 'The tester console', { timeoutMs: 60_000, service: testerConsole, status: 200 });
    // From the command (npm start, npm test) to every part answering, for the bench.
    const startup: Startup = { readyMs: process.uptime() * 1000, firstCallMs };
    writeFileSync(STARTUP_FILE, JSON.stringify(startup));
    return { firestore, appUrl, testerConsoleUrl: urls.testerConsole, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    for (const signal of signals) process.off(signal, stopOnSignal);
  }
}
