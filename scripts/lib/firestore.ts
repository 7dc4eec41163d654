import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST, PROJECT_ID, ports } from './ports';
import { startProcess, waitForHttp, waitForPort, type RunningProcess } from './processes';

/*
 * Which Firestore the local stack runs: Google's Cloud Firestore emulator
 * wherever it can start, else the embedded Node implementation from
 * @firestore-emulator/server, on the same host and port either way. The
 * official one needs a Java 21+ (JAVA_HOME, the `java` on the PATH, or a JDK
 * under the system's JVM folder) and the emulator itself: firebase-tools'
 * cached JAR (a download, which fails offline) or the Cloud SDK's component
 * (on this project's machines, the Debian package
 * google-cloud-cli-firestore-emulator). The stack starts it itself, with
 * firestore.rules and the demo project, so the choice of Java is ours and not
 * whatever `java` the PATH names. FIRESTORE_EMULATOR=official|embedded
 * overrides the choice.
 */

/** The emulator's two shapes: firebase-tools' runnable JAR, or the Cloud SDK's launcher script (its JAR has no Main-Class). */
export type OfficialEmulator = { from: 'firebase-tools'; jar: string } | { from: 'cloud-sdk'; launcher: string };
export type Java = { path: string; major: number };

export type FirestoreChoice = { kind: 'official'; java: Java; emulator: OfficialEmulator } | { kind: 'embedded'; reason: string };

/** What the choice depends on, gathered from the machine or given by a test. */
export type FirestoreInputs = {
  forced: string | undefined;
  /** Every Java found, in the order of preference, with the major version it reports (null: it would not run). */
  javas: { path: string; major: number | null }[];
  /** Every official emulator found, in the order of preference. */
  emulators: OfficialEmulator[];
  /** Where firebase-tools would keep its JAR, for the message when neither is here. */
  firebaseToolsJar: string;
};

const MIN_JAVA = 21;
const SYSTEM_JVMS = '/usr/lib/jvm';
const CLOUD_SDK_COMPONENT = 'platform/cloud-firestore-emulator/cloud_firestore_emulator';

/** The major version a Java reports (`java -version`, on stderr), or null if it does not run. */
function javaMajorVersion(java: string): number | null {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match ? Number(match[1]) : null;
}

/** JAVA_HOME's, the PATH's, then each JDK under the system's JVM folder, newest name first. */
function javaCandidates(): string[] {
  const installed = existsSync(SYSTEM_JVMS)
    ? readdirSync(SYSTEM_JVMS)
        .sort()
        .reverse()
        .map((name) => join(SYSTEM_JVMS, name, 'bin', 'java'))
        .filter((path) => existsSync(path))
    : [];
  const candidates = [...(process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, 'bin', 'java')] : []), 'java', ...installed];
  return [...new Set(candidates)];
}

/** firebase-tools' cache, under the file name this version of firebase-tools gives the JAR. */
function firebaseToolsJar(): string {
  const dir = process.env.FIREBASE_EMULATORS_PATH ?? join(homedir(), '.cache', 'firebase', 'emulators');
  const info = createRequire(import.meta.url)('firebase-tools/lib/emulator/downloadableEmulatorInfo.json') as {
    firestore: { downloadPathRelativeToCacheDir: string };
  };
  return join(dir, info.firestore.downloadPathRelativeToCacheDir);
}

/** The Cloud SDK's root: where `gcloud` lives (bin/gcloud under the root), else the Debian package's folder. */
function cloudSdkRoots(): string[] {
  const gcloud = spawnSync('sh', ['-c', 'command -v gcloud'], { encoding: 'utf8' }).stdout.trim();
  const fromGcloud = gcloud ? [dirname(dirname(realpathSync(gcloud)))] : [];
  return [...new Set([...fromGcloud, '/usr/lib/google-cloud-sdk'])];
}

export function detectFirestoreInputs(): FirestoreInputs {
  const jar = firebaseToolsJar();
  const launchers = cloudSdkRoots()
    .map((root) => join(root, CLOUD_SDK_COMPONENT))
    .filter((path) => existsSync(path));
  return {
    forced: process.env.FIRESTORE_EMULATOR,
    javas: javaCandidates().map((path) => ({ path, major: javaMajorVersion(path) })),
    emulators: [
      ...(existsSync(jar) ? [{ from: 'firebase-tools' as const, jar }] : []),
      ...launchers.map((launcher) => ({ from: 'cloud-sdk' as const, launcher })),
    ],
    firebaseToolsJar: jar,
  };
}

/** Why the official emulator cannot start here, or what it would start with. */
function officialOrWhyNot({ javas, emulators, firebaseToolsJar }: FirestoreInputs): FirestoreChoice {
  const found = javas.find((java): java is Java => java.major !== null && java.major >= MIN_JAVA);
  const [emulator] = emulators;
  if (found && emulator) return { kind: 'official', java: found, emulator };
  const runnable = javas.filter((java) => java.major !== null).map((java) => `Java ${java.major} (${java.path})`);
  const javaReason = found
    ? null
    : runnable.length
      ? `only ${runnable.join(', ')} here (the official emulator needs Java ${MIN_JAVA}+)`
      : `no Java here (the official emulator needs Java ${MIN_JAVA}+)`;
  const emulatorReason = emulator
    ? null
    : `no official emulator here (neither firebase-tools' ${firebaseToolsJar} nor the Cloud SDK's cloud-firestore-emulator component)`;
  return { kind: 'embedded', reason: [javaReason, emulatorReason].filter(Boolean).join(', and ') };
}

export function chooseFirestore(inputs: FirestoreInputs = detectFirestoreInputs()): FirestoreChoice {
  if (inputs.forced === 'embedded') return { kind: 'embedded', reason: 'FIRESTORE_EMULATOR=embedded' };
  const choice = officialOrWhyNot(inputs);
  if (inputs.forced === 'official' && choice.kind === 'embedded') {
    throw new Error(`FIRESTORE_EMULATOR=official, but the official Firestore emulator cannot start: ${choice.reason}.`);
  }
  return choice;
}

/** One line: which Firestore runs, and why when it is not the official one. */
export function describeFirestore(choice: FirestoreChoice): string {
  if (choice.kind === 'official') {
    const source = choice.emulator.from === 'cloud-sdk' ? 'Cloud SDK' : 'firebase-tools';
    return `official Cloud Firestore emulator (${source}, Java ${choice.java.major}), security rules enforced`;
  }
  return `embedded @firestore-emulator/server, because ${choice.reason}; it enforces no security rules and ignores the preconditions the limits rest on, so their race tests skip (see docs/architecture.md, "Firestore: official or embedded")`;
}

const rulesFile = fileURLToPath(new URL('../../firestore.rules', import.meta.url));

/**
 * The official emulator's JVM: the client compiler only and the serial collector. With the defaults, C2's compiler
 * threads and the parallel collector competed with everything else on 2 cores: the functions suite against it took
 * 100 s with these flags against 107–114 s without, and the JVM used 16 s of CPU against 26 s.
 */
const EMULATOR_JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
/** Read by the JVM itself, however it is launched (the Cloud SDK's launcher passes no flags of ours), after the environment's own. */
const jvmFlags = { JAVA_TOOL_OPTIONS: [process.env.JAVA_TOOL_OPTIONS, ...EMULATOR_JVM_FLAGS].filter(Boolean).join(' ') };

/** Starts the chosen Firestore on ports.firestore; every other part reaches it through FIRESTORE_EMULATOR_HOST. */
export function startFirestore(choice: FirestoreChoice, port = ports.firestore): RunningProcess {
  if (choice.kind === 'embedded') {
    const server = fileURLToPath(new URL('../embeddedFirestore.ts', import.meta.url));
    return startProcess('firestore-embedded', process.execPath, ['--import', 'tsx', server, String(port)]);
  }
  const options = ['--host', HOST, '--port', String(port), '--rules', rulesFile, '--project_id', PROJECT_ID];
  const { emulator, java } = choice;
  if (emulator.from === 'cloud-sdk') {
    return startProcess('firestore-official', emulator.launcher, ['start', ...options, '--single_project_mode', 'true'], {
      JAVA: java.path,
      ...jvmFlags,
    });
  }
  return startProcess(
    'firestore-official',
    java.path,
    ['-Duser.language=en', '-jar', emulator.jar, ...options, '--single_project_mode', 'true'],
    jvmFlags,
  );
}

/** Until the Firestore started answers: the official emulator at its root over HTTP; the embedded one speaks gRPC alone. */
export function firestoreReady(choice: FirestoreChoice, service: RunningProcess, port = ports.firestore): Promise<unknown> {
  const timing = { timeoutMs: 60_000, service };
  return choice.kind === 'official'
    ? waitForHttp(`http://${HOST}:${port}/`, 'Firestore', timing)
    : waitForPort(port, 'Firestore (embedded)', timing);
}
