import { readFileSync } from 'node:fs';
import { assertFails, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chooseFirestore } from '../../../scripts/lib/firestore';
import { HOST, PROJECT_ID, ports } from '../../../scripts/lib/ports';
import { paths, verificationDocId } from './collections';

// Rules are enforced only by the official emulator; the embedded one ignores
// them, so there these tests are reported as skipped, with the reason.
const firestore = chooseFirestore();
const reason = firestore.kind === 'embedded' ? ` (skipped: ${firestore.reason}; the embedded Firestore enforces no rules)` : '';

describe.skipIf(firestore.kind === 'embedded')(`firestore.rules: browsers get no access at all${reason}`, () => {
  let environment: RulesTestEnvironment | undefined;
  beforeAll(async () => {
    environment = await initializeTestEnvironment({
      projectId: PROJECT_ID,
      firestore: { host: HOST, port: ports.firestore, rules: readFileSync(new URL('../../../firestore.rules', import.meta.url), 'utf8') },
    });
  });
  afterAll(() => environment?.cleanup());

  const everyCollection = [
    `${paths.users}/u1`,
    `${paths.trustedDevices('u1')}/d1`,
    `${paths.sessions('u1')}/s1`,
    `${paths.loginAccounts}/k`,
    `${paths.loginGuards}/k`,
    `${paths.verifications}/${verificationDocId('login-otp', 'u1')}`,
    `${paths.usedVerifications}/n`,
    `${paths.verificationLimits}/${verificationDocId('login-otp', 'u1')}`,
  ];
  for (const path of everyCollection) {
    it(`denies reading and writing ${path}, signed in or not`, async () => {
      for (const context of [environment!.unauthenticatedContext(), environment!.authenticatedContext('u1', { secondFactor: 'otp' })]) {
        await assertFails(context.firestore().doc(path).get());
        await assertFails(context.firestore().doc(path).set({ anything: true }));
      }
    });
  }
});
