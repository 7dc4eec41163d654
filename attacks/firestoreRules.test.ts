import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { assertFails, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST, PROJECT_ID, ports } from '../scripts/lib/ports';
import { collections } from '../testing/functionsData';
import { embeddedFirestore, officialOnly } from '../testing/officialFirestore';

// An outsider's browser reading or writing Firestore directly, with every kind of
// session Firebase Auth hands out. Rules are enforced only by the official emulator; the embedded one ignores
// them, so there these tests are reported as skipped, with the reason.
const reason = officialOnly('rules');

/*
 * Whether this machine has what the official emulator needs, read here without the code that chooses
 * (scripts/lib/firestore.ts): the Cloud SDK's emulator as its Debian package installs it, and a JDK of 21 or
 * newer in the system's JVM folder by its folder's name. Where it has both, the stack must be running the
 * official one, so that a broken detection cannot silently turn the rules tests above into skips.
 */
const CLOUD_SDK_EMULATOR_JAR = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const systemJdk21 = () =>
  existsSync('/usr/lib/jvm') && readdirSync('/usr/lib/jvm').some((name) => Number(/-(\d+)[.-]/.exec(name)?.[1] ?? 0) >= 21);
const officialCanStart = existsSync(CLOUD_SDK_EMULATOR_JAR) && systemJdk21();

describe("the stack's Firestore", () => {
  it.skipIf(!officialCanStart)(
    `is the official emulator on a machine that has it${officialCanStart ? '' : ' (skipped: no Cloud SDK emulator and JDK 21+ here)'}: a browser without credentials gets 403`,
    async () => {
      const response = await fetch(`http://${HOST}:${ports.firestore}/v1/projects/${PROJECT_ID}/databases/(default)/documents/users/u1`);
      expect(response.status).toBe(403);
    },
  );
});

const RULES_PROJECT_ID = `${PROJECT_ID}-rules`;

/** One document of every collection the functions keep, the owner's (u1) where the path names one. */
const documents = Object.values(collections).map((path) => (typeof path === 'string' ? `${path}/u1` : `${path('u1')}/d1`));

/** Everyone a browser can be: signed out, signed in by any public Auth path, with or without the second factor, owner or not. */
const clients = [
  ['signed out', null],
  ['signed in by password alone (no claim)', {}],
  ['anonymous', { firebase: { sign_in_provider: 'anonymous' } }],
  ['with the OTP claim', { secondFactor: 'otp' }],
  ['with the trusted-device claim', { secondFactor: 'trustedDevice' }],
] as const;

describe.skipIf(embeddedFirestore)(`firestore.rules: browsers get no access at all${reason}`, () => {
  let environment: RulesTestEnvironment | undefined;
  beforeAll(async () => {
    environment = await initializeTestEnvironment({
      // A project of its own on the same emulator, with firestore.rules loaded for it: the documents it plants
      // (a users/u1 with no job seeker's fields, …) never show up among the product's job seekers, which the
      // tester console and the suites beside this one read.
      projectId: RULES_PROJECT_ID,
      firestore: { host: HOST, port: ports.firestore, rules: readFileSync(new URL('../firestore.rules', import.meta.url), 'utf8') },
    });
    // Real documents to refuse: a rule that denies only what does not exist would pass an empty database.
    await environment.withSecurityRulesDisabled(async (admin) => {
      for (const path of documents) await admin.firestore().doc(path).set({ owner: 'u1' });
    });
  });
  afterAll(() => environment?.cleanup());

  const contextOf = (claims: (typeof clients)[number][1]) =>
    claims === null ? environment!.unauthenticatedContext() : environment!.authenticatedContext('u1', claims);

  for (const [who, claims] of clients) {
    for (const path of documents) {
      it(`${who}: cannot read, list, create, update or delete ${path} (the owner's own)`, async () => {
        const db = contextOf(claims).firestore();
        const ref = db.doc(path);
        await assertFails(ref.get());
        await assertFails(ref.parent.get());
        await assertFails(db.collectionGroup(ref.parent.id).get());
        await assertFails(ref.parent.doc('new').set({ anything: true }));
        await assertFails(ref.set({ anything: true }));
        await assertFails(ref.update({ owner: 'attacker' }));
        await assertFails(ref.delete());
      });
    }
  }
});
