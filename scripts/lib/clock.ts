import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { DAY_MS, MINUTE_MS } from '@hellowork/contracts';
import { challenges, lockout, trustedDevices } from './functionsData';

/*
 * Moving time for one account's stored state, the one implementation that
 * the tester console and the tests share: every time kept in a document is
 * moved into the past, exactly as if that much time had gone by since it was
 * written. The documents are the ones the functions' own modules name.
 */

async function agePaths(refs: DocumentReference[], ms: number) {
  for (const ref of refs) {
    const data = (await ref.get()).data();
    if (!data) continue;
    const moved = Object.fromEntries(
      Object.entries(data)
        .filter(([, value]) => value instanceof Timestamp)
        .map(([name, value]) => [name, Timestamp.fromMillis((value as Timestamp).toMillis() - ms)]),
    );
    if (Object.keys(moved).length) await ref.update(moved);
  }
}

/** The lockout of a login id (an address with or without an account). */
export const passLockoutTime = (email: string, minutes: number) => agePaths([lockout.loginGuardRef(email)], minutes * MINUTE_MS);

/** The account's open login code. */
export const passOtpTime = (uid: string, minutes: number) => agePaths([challenges.challengeRef('login-otp', uid)], minutes * MINUTE_MS);

/** Every browser the account trusts. */
export async function passTrustedDeviceTime(uid: string, days: number) {
  const devices = await trustedDevices.devicesOf(uid).get();
  await agePaths(
    devices.docs.map((doc) => doc.ref),
    days * DAY_MS,
  );
}
