import { randomBytes, scryptSync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LOCKOUT_MAX_FAILURES, OTP_MAIL_SUBJECT } from '@hellowork/contracts';
import { loginAccountRef } from '../../../testing/functionsData';
import { newJobSeeker, resetCodeFor, unknownAddress } from '../../../testing/accounts';
import { identityToolkitAnswer, TestBrowser } from '../../../testing/apiClient';
import { mailsTo, mailedCodeIn, watchMailbox } from '../../../testing/mailbox';
import { embeddedFirestore, racesSkipped } from '../../../testing/officialFirestore';

/** Firebase Auth's own password sign-in, as anyone with the page's API key can call it. */
const authSignIn = async (email: string, password: string) => {
  const answer = await identityToolkitAnswer('signInWithPassword', { email, password });
  return { status: answer.status, reason: answer.body.error?.message, token: answer.body.idToken };
};

describe('passwords are owned by the functions', () => {
  it("gives Firebase Auth's public password sign-in no password to test, before and after a lock", async () => {
    const seeker = await newJobSeeker('auth-oracle');
    const answers = async () => [
      await authSignIn(seeker.email, seeker.password),
      await authSignIn(seeker.email, 'wrong-password'),
      await authSignIn(unknownAddress(), seeker.password),
    ];
    const before = await answers();
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await new TestBrowser().login(seeker.email, 'wrong');
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('account-locked');
    const after = await answers();
    // One answer for all six, the "no such account" one, and never a token.
    expect(before[0]).toMatchObject({
      status: 400,
      reason: expect.stringMatching(/EMAIL_NOT_FOUND|INVALID_LOGIN_CREDENTIALS/),
      token: undefined,
    });
    for (const answer of [...before, ...after]) expect(answer).toEqual(before[0]);
  });

  it('mails nothing to an address that only has a Firebase Auth account of its own making', async () => {
    const email = unknownAddress();
    const password = 'Attacker#2025';
    const signUp = await identityToolkitAnswer('signUp', { email, password });
    expect(signUp.status).toBe(200);
    const answer = await new TestBrowser().login(email, password);
    expect(answer.body.error.code).toBe('invalid-credentials');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await mailsTo(email)).toEqual([]);
  });

  it("cannot be sent elsewhere by changing the Auth record's address", async () => {
    const seeker = await newJobSeeker('auth-update');
    const browser = new TestBrowser();
    // Even with the holder's own ID token (say, stolen by a script), the Auth
    // record's address is not where the functions send codes.
    const idToken = await browser.signIn(seeker.email, seeker.password);
    const attacker = unknownAddress();
    const update = await identityToolkitAnswer('update', { idToken, email: attacker });
    expect(update.status).toBe(200);

    const mailbox = await watchMailbox(seeker.email);
    expect((await browser.login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect(mailedCodeIn(await mailbox.next())).toMatch(/^\d{6}$/);
    expect((await new TestBrowser().login(attacker, seeker.password)).body.error.code).toBe('invalid-credentials');
    expect((await mailsTo(attacker)).filter((mail) => mail.subject === OTP_MAIL_SUBJECT)).toEqual([]);
  });

  it('takes as long for an address without an account as for one with an account', async () => {
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await new TestBrowser().login(email, 'wrong-password');
      expect(answer.body.error.code).toBe('invalid-credentials');
      return performance.now() - started;
    };
    // One wrong password per account, so no lock changes the work done.
    const seekers = [];
    for (let i = 0; i < 15; i++) seekers.push(await newJobSeeker(`timing-${i}`));
    await timed(unknownAddress()); // a first call, so the instance is loaded before any call is timed
    const known: number[] = [];
    const unknown: number[] = [];
    for (const seeker of seekers) {
      known.push(await timed(seeker.email));
      unknown.push(await timed(unknownAddress()));
    }
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  }, 180_000);

  it('replaces a stored scrypt hash with Argon2id at the next right password, and keeps it after a wrong one', async () => {
    const seeker = await newJobSeeker('scrypt-era');
    const scryptEra = await storeScryptEraHash(seeker);

    expect((await new TestBrowser().login(seeker.email, 'wrong-password')).body.error.code).toBe('invalid-credentials');
    expect(await storedHash(seeker.email)).toEqual(scryptEra);

    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect(await storedHash(seeker.email)).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
    // The new hash is the password's: the next login gets in with it, and a wrong one still does not.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    expect((await new TestBrowser().login(seeker.email, 'wrong-password')).body.error.code).toBe('invalid-credentials');
  });

  it.skipIf(embeddedFirestore)(
    `puts no old password back when a login rehashing it races the holder resetting it${racesSkipped}`,
    async () => {
      // The login reads the scrypt hash, spends a scrypt check and an Argon2id hash, then writes; the reset checks
      // the code, hashes and writes. The reset starts this long after the login (before it, when negative).
      const offsetsMs = [-100, -50, 0, 50, 100];
      const races = await Promise.all(
        offsetsMs.map(async (offsetMs, i) => {
          const seeker = await newJobSeeker(`rehash-race-${i}`);
          await storeScryptEraHash(seeker);
          const { verificationId, code } = await resetCodeFor(seeker.email);
          const newPassword = `Shin-Password ${i} 2026`;
          const [login, reset] = await Promise.all([
            sleep(Math.max(0, -offsetMs)).then(() => new TestBrowser().login(seeker.email, seeker.password)),
            sleep(Math.max(0, offsetMs)).then(() => new TestBrowser().call('resetPassword', { verificationId, code, newPassword })),
          ]);
          return { seeker, newPassword, statuses: { login: login.status, reset: reset.status } };
        }),
      );
      for (const { seeker, newPassword, statuses } of races) {
        expect((await new TestBrowser().login(seeker.email, newPassword)).body.status, JSON.stringify(statuses)).toBe('otp-required');
        expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error?.code, JSON.stringify(statuses)).toBe(
          'invalid-credentials',
        );
        expect(Object.values(statuses).filter((status) => status >= 500)).toEqual([]);
      }
    },
    60_000,
  );
});

/** Stores the record as the scrypt era wrote it (N=2^16, r=8, p=2); returns that hash. */
async function storeScryptEraHash(seeker: { email: string; password: string }) {
  const salt = randomBytes(16);
  const scrypt = { N: 2 ** 16, r: 8, p: 2 };
  const hash = scryptSync(seeker.password, salt, 32, { ...scrypt, maxmem: 2 * 128 * scrypt.N * scrypt.r });
  const scryptEra = { algorithm: 'scrypt', ...scrypt, keyLength: 32, salt: salt.toString('base64'), hash: hash.toString('base64') };
  await loginAccountRef(seeker.email).update({ passwordHash: scryptEra });
  return scryptEra;
}

const storedHash = async (email: string) => ((await loginAccountRef(email).get()).data() as { passwordHash: unknown }).passwordHash;
