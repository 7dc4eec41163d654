import { describe, expect, it } from 'vitest';
import { chooseFirestore, describeFirestore, detectFirestoreInputs, type FirestoreInputs } from './firestore';

const machine = (overrides: Partial<FirestoreInputs>): FirestoreInputs => ({
  forced: undefined,
  javaMajor: 21,
  jar: { file: '/home/tester/.cache/firebase/emulators/cloud-firestore-emulator-v1.22.0.jar', cached: true },
  uiCached: true,
  ...overrides,
});

describe('choosing the Firestore emulator', () => {
  it('chooses the official emulator and its UI with Java 21+ and both downloads cached', () => {
    expect(chooseFirestore(machine({ javaMajor: 21 }))).toEqual({ kind: 'official', ui: true });
    expect(chooseFirestore(machine({ javaMajor: 25 }))).toEqual({ kind: 'official', ui: true });
  });

  it('runs the official emulator without the UI when only the UI is not cached', () => {
    const choice = chooseFirestore(machine({ uiCached: false }));
    expect(choice).toEqual({ kind: 'official', ui: false });
    expect(describeFirestore(choice)).toContain('no Emulator UI');
  });

  it('falls back to the embedded one, saying why, where the JAR would have to be downloaded', () => {
    const choice = chooseFirestore(machine({ javaMajor: 25, jar: { file: '/cache/cloud-firestore-emulator-v1.22.0.jar', cached: false } }));
    expect(choice.kind).toBe('embedded');
    const line = describeFirestore(choice);
    expect(line).toContain('Java 25 is here but');
    expect(line).toContain('/cache/cloud-firestore-emulator-v1.22.0.jar');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('falls back to the embedded one without Java or with Java older than 21', () => {
    expect(describeFirestore(chooseFirestore(machine({ javaMajor: null })))).toContain('no Java here');
    expect(describeFirestore(chooseFirestore(machine({ javaMajor: 17 })))).toContain('Java 17 here');
  });

  it('lets FIRESTORE_EMULATOR override the choice either way', () => {
    expect(chooseFirestore(machine({ forced: 'embedded' }))).toEqual({ kind: 'embedded', reason: 'FIRESTORE_EMULATOR=embedded' });
    expect(
      chooseFirestore(machine({ forced: 'official', javaMajor: null, jar: { file: 'x.jar', cached: false }, uiCached: false })),
    ).toEqual({
      kind: 'official',
      ui: false,
    });
  });

  it('looks for the JAR under the name firebase-tools gives it', () => {
    expect(detectFirestoreInputs().jar.file).toMatch(/\/cloud-firestore-emulator-v[\d.]+\.jar$/);
  });
});
