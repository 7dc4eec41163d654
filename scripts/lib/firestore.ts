import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ports } from './ports';
import { startProcess, type RunningProcess } from './processes';

/*
 * Which Firestore the local stack runs: the official emulator (firebase-tools,
 * Java 21+ and its JAR) wherever it can really start, else the embedded Node
 * implementation from @firestore-emulator/server on the same host and port.
 * firebase-tools downloads the JAR (and the Emulator UI) on first use; where
 * that download cannot happen (offline, behind a proxy, a locked-down CI) the
 * official suite dies at start, so "can really start" means the JAR is
 * already cached. FIRESTORE_EMULATOR=official|embedded overrides the choice.
 */

export type FirestoreChoice = { kind: 'official'; ui: boolean } | { kind: 'embedded'; reason: string };

/** What the choice depends on, gathered from the machine or given by a test. */
export type FirestoreInputs = {
  forced: string | undefined;
  javaMajor: number | null;
  /** The official emulator's JAR as firebase-tools names it, and whether it is in the cache. */
  jar: { file: string; cached: boolean };
  /** Whether the Emulator UI (also a download) is in the cache. */
  uiCached: boolean;
};

/** The major version `java -version` reports (on stderr), or null without Java. */
function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match ? Number(match[1]) : null;
}

type DownloadInfo = { downloadPathRelativeToCacheDir: string; binaryPathRelativeToCacheDir?: string };

/** Where firebase-tools keeps its downloads, and the file names of this version's downloads. */
function emulatorCache() {
  const dir = process.env.FIREBASE_EMULATORS_PATH ?? join(homedir(), '.cache', 'firebase', 'emulators');
  const info = createRequire(import.meta.url)('firebase-tools/lib/emulator/downloadableEmulatorInfo.json') as {
    firestore: DownloadInfo;
    ui: { main: DownloadInfo };
  };
  return { dir, jar: info.firestore.downloadPathRelativeToCacheDir, ui: info.ui.main.binaryPathRelativeToCacheDir! };
}

export function detectFirestoreInputs(): FirestoreInputs {
  const cache = emulatorCache();
  return {
    forced: process.env.FIRESTORE_EMULATOR,
    javaMajor: javaMajorVersion(),
    jar: { file: join(cache.dir, cache.jar), cached: existsSync(join(cache.dir, cache.jar)) },
    uiCached: existsSync(join(cache.dir, cache.ui)),
  };
}

export function chooseFirestore(inputs: FirestoreInputs = detectFirestoreInputs()): FirestoreChoice {
  const { forced, javaMajor, jar, uiCached } = inputs;
  if (forced === 'embedded') return { kind: 'embedded', reason: 'FIRESTORE_EMULATOR=embedded' };
  if (forced === 'official') return { kind: 'official', ui: uiCached };
  if (javaMajor === null) return { kind: 'embedded', reason: 'no Java here (the official emulator needs Java 21+)' };
  if (javaMajor < 21) return { kind: 'embedded', reason: `Java ${javaMajor} here (the official emulator needs Java 21+)` };
  if (!jar.cached) {
    return {
      kind: 'embedded',
      reason: `Java ${javaMajor} is here but the official emulator's JAR is not (${jar.file}; firebase-tools downloads it on first use: run \`npx firebase setup:emulators:firestore\` where the network allows, or set FIRESTORE_EMULATOR=official to let npm start try)`,
    };
  }
  return { kind: 'official', ui: uiCached };
}

/** One line: which Firestore runs, and why when it is not the official one. */
export function describeFirestore(choice: FirestoreChoice): string {
  if (choice.kind === 'official') {
    return `official Firestore emulator (firebase-tools), security rules enforced${choice.ui ? '' : '; no Emulator UI (not downloaded: `npx firebase setup:emulators:ui`)'}`;
  }
  return `embedded @firestore-emulator/server, because ${choice.reason}; it enforces no security rules and does not isolate transactions (see docs/architecture.md, "Firestore: official or embedded")`;
}

export function startEmbeddedFirestore(): RunningProcess {
  const server = fileURLToPath(new URL('../embeddedFirestore.ts', import.meta.url));
  return startProcess('firestore-embedded', process.execPath, ['--import', 'tsx', server, String(ports.firestore)]);
}
