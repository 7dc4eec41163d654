import { describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import {
  chooseFirestore,
  describeFirestore,
  detectFirestoreInputs,
  firestoreReady,
  startFirestore,
  type FirestoreInputs,
} from './firestore';
import { stopProcessGroup } from './processes';

const cloudSdk = {
  from: 'cloud-sdk' as const,
  launcher: '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud_firestore_emulator',
};
const cachedJar = { from: 'firebase-tools' as const, jar: '/home/tester/.cache/firebase/emulators/cloud-firestore-emulator-v1.22.0.jar' };
const java17 = { path: 'java', major: 17 };
const java25 = { path: '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java', major: 25 };

const machine = (overrides: Partial<FirestoreInputs>): FirestoreInputs => ({
  forced: undefined,
  javas: [java17, java25],
  emulators: [cloudSdk],
  firebaseToolsJar: cachedJar.jar,
  ...overrides,
});

describe('choosing the Firestore emulator', () => {
  it("runs the Cloud SDK's emulator with the first Java 21+ found, even when the PATH's java is older", () => {
    const choice = chooseFirestore(machine({}));
    expect(choice).toEqual({ kind: 'official', java: java25, emulator: cloudSdk });
    expect(describeFirestore(choice)).toBe('official Cloud Firestore emulator (Cloud SDK, Java 25), security rules enforced');
  });

  it("prefers firebase-tools' cached JAR when both are here, and JAVA_HOME's Java when it is new enough", () => {
    const javaHome = { path: '/opt/jdk-21/bin/java', major: 21 };
    expect(chooseFirestore(machine({ javas: [javaHome, java25], emulators: [cachedJar, cloudSdk] }))).toEqual({
      kind: 'official',
      java: javaHome,
      emulator: cachedJar,
    });
  });

  it('falls back to the embedded one without a Java 21+, naming the Javas it found, in one line', () => {
    const choice = chooseFirestore(machine({ javas: [java17, { path: '/broken/java', major: null }] }));
    expect(choice.kind).toBe('embedded');
    const line = describeFirestore(choice);
    expect(line).toContain('only Java 17 (java) here (the official emulator needs Java 21+)');
    expect(line).not.toContain('/broken/java');
    expect(line.split('\n')).toHaveLength(1);
    expect(describeFirestore(chooseFirestore(machine({ javas: [] })))).toContain('no Java here');
  });

  it('falls back to the embedded one without an official emulator, naming where it looked', () => {
    const line = describeFirestore(chooseFirestore(machine({ emulators: [] })));
    expect(line).toContain('embedded @firestore-emulator/server, because no official emulator here');
    expect(line).toContain(cachedJar.jar);
    expect(line).toContain('Cloud SDK');
  });

  it('lets FIRESTORE_EMULATOR override the choice, and refuses to pretend when official cannot start', () => {
    expect(chooseFirestore(machine({ forced: 'embedded' }))).toEqual({ kind: 'embedded', reason: 'FIRESTORE_EMULATOR=embedded' });
    expect(chooseFirestore(machine({ forced: 'official' })).kind).toBe('official');
    expect(() => chooseFirestore(machine({ forced: 'official', javas: [java17] }))).toThrow(/FIRESTORE_EMULATOR=official, but .*Java 21\+/);
  });

  it("looks for firebase-tools' JAR under the name firebase-tools gives it, and finds every Java it can run", () => {
    const inputs = detectFirestoreInputs();
    expect(inputs.firebaseToolsJar).toMatch(/\/cloud-firestore-emulator-v[\d.]+\.jar$/);
    expect(inputs.javas.map((java) => java.path)).toContain('java');
  });

  // It speaks gRPC alone: a start that waited for an HTTP answer never ended (the stack's fallback was broken so).
  it('starts the embedded one, and knows when it serves', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const embedded = { kind: 'embedded' as const, reason: 'FIRESTORE_EMULATOR=embedded' };
    const server = startFirestore(embedded, port);
    try {
      await firestoreReady(embedded, server, port);
    } finally {
      await stopProcessGroup(server.pid);
    }
  }, 60_000);
});
