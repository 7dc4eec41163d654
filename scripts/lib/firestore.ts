import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ports } from './ports';
import { startProcess, type RunningProcess } from './processes';

/*
 * Which Firestore the local stack runs: the official emulator (firebase-tools,
 * Java 21+, its JAR downloaded on first use) wherever it can run, else the
 * embedded Node implementation from @firestore-emulator/server on the same
 * host and port. FIRESTORE_EMULATOR=official|embedded overrides the choice.
 */

export type FirestoreChoice = { kind: 'official' } | { kind: 'embedded'; reason: string };

/** The major version `java -version` reports (on stderr), or null without Java. */
function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match ? Number(match[1]) : null;
}

export function chooseFirestore(): FirestoreChoice {
  const forced = process.env.FIRESTORE_EMULATOR;
  if (forced === 'embedded') return { kind: 'embedded', reason: 'FIRESTORE_EMULATOR=embedded' };
  if (forced === 'official') return { kind: 'official' };
  const java = javaMajorVersion();
  if (java !== null && java >= 21) return { kind: 'official' };
  return {
    kind: 'embedded',
    reason:
      java === null ? 'no Java here (the official emulator needs Java 21+)' : `Java ${java} here (the official emulator needs Java 21+)`,
  };
}

export function describeFirestore(choice: FirestoreChoice): string {
  return choice.kind === 'official'
    ? 'official Firestore emulator (firebase-tools), security rules enforced'
    : `embedded @firestore-emulator/server, because ${choice.reason}; it enforces no security rules and does not isolate transactions (see ARCHITECTURE.md)`;
}

export function startEmbeddedFirestore(): RunningProcess {
  const server = fileURLToPath(new URL('../embeddedFirestore.ts', import.meta.url));
  return startProcess('firestore-embedded', process.execPath, ['--import', 'tsx', server, String(ports.firestore)]);
}
