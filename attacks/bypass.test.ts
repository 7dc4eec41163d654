import { beforeAll, describe, expect, it } from 'vitest';
import { api, apiFunctionNames, SECOND_FACTOR_CLAIM, SESSION_ID_CLAIM, type ApiFunctionName } from '@hellowork/contracts';
import { DEMO_PASSWORD } from '../testing/demoData';
import { PROJECT_ID } from '../scripts/lib/ports';
import { newJobSeeker } from '../testing/accounts';
import { claimsOf, identityToolkitAnswer, TestBrowser } from '../testing/apiClient';
import { unsignedJwt } from './outsider';

/*
 * Bypass: every function behind the login, called with no session, or with a
 * session from any sign-in Firebase Auth's public API grants, gets no personal
 * data and issues no trust. Only our custom token, given after the second
 * factor, carries the claim those functions require.
 */

/**
 * The login's two steps, パスワードをお忘れの方's and アカウントを再登録's are open to all (the API table's
 * `anyone`); every other function needs both steps passed. logout too is open: it deletes the session a token
 * names if there is one, answers the same whether or not there was, and gives nothing away (the sessions tests
 * cover it).
 */
const protectedFunctions = apiFunctionNames.filter((name) => api[name].access === 'signed-in');
/** A well-formed request for each, so the refusal is about the session, not the input. */
const wellFormed: Partial<Record<ApiFunctionName, object>> = {
  revokeTrustedDevice: { deviceId: 'A'.repeat(22) },
  changePassword: { currentPassword: DEMO_PASSWORD, newPassword: 'Attacker-Chosen 2026' },
  requestEmailChange: { currentPassword: DEMO_PASSWORD, newEmail: 'attacker@example.jp' },
  confirmEmailChange: { verificationId: `${'A'.repeat(28)}.${'A'.repeat(43)}`, code: '123456' },
};

const custom = (uid: string, claims?: object) => {
  const now = Math.floor(Date.now() / 1000);
  return unsignedJwt({
    iss: `firebase-adminsdk@${PROJECT_ID}.iam.gserviceaccount.com`,
    sub: `firebase-adminsdk@${PROJECT_ID}.iam.gserviceaccount.com`,
    aud: 'https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit',
    iat: now,
    exp: now + 3600,
    uid,
    ...(claims ? { claims } : {}),
  });
};

describe('bypass: protected functions without both steps', () => {
  let victim: Awaited<ReturnType<typeof newJobSeeker>>;
  /** Each way in that an outsider has, and the ID token it gave (null when Firebase refused it). */
  const sessions: [string, string | null][] = [];

  beforeAll(async () => {
    victim = await newJobSeeker('bypass-victim');
    const idTokenOf = async (method: string, body: object) => {
      const answer = await identityToolkitAnswer(method, body);
      return answer.status === 200 ? (answer.body.idToken as string) : null;
    };
    const anonymous = await idTokenOf('signUp', {});
    /** The anonymous token rewritten to name the victim, with both claims made up (the emulator signs nothing). */
    const tampered =
      anonymous &&
      unsignedJwt({
        ...claimsOf(anonymous),
        sub: victim.uid,
        user_id: victim.uid,
        [SECOND_FACTOR_CLAIM]: 'otp',
        [SESSION_ID_CLAIM]: 'A'.repeat(22),
      });
    sessions.push(
      ['no session', ''],
      ['a garbage bearer token', 'not-a-token'],
      ['anonymous sign-up', anonymous],
      ['a tampered token naming the victim, with made-up second-factor and session claims', tampered],
      [
        'sign-up with a new address and password',
        await idTokenOf('signUp', { email: `outsider-${Date.now()}@example.jp`, password: 'Outsider#2025' }),
      ],
      ["sign-up with the victim's address", await idTokenOf('signUp', { email: victim.email, password: 'Outsider#2025' })],
      [
        "Firebase's password sign-in with the victim's right password",
        await idTokenOf('signInWithPassword', { email: victim.email, password: victim.password }),
      ],
      [
        "a custom token for the victim's uid without the second-factor claim",
        await idTokenOf('signInWithCustomToken', { token: custom(victim.uid) }),
      ],
    );
  });

  it('refuses every protected function, for every way in, with no personal data and no cookie', async () => {
    expect(protectedFunctions.length).toBeGreaterThan(0);
    for (const [how, idToken] of sessions) {
      if (idToken === null) continue; // Firebase itself refused this way in
      for (const name of protectedFunctions) {
        const answer = await new TestBrowser().call(name, wellFormed[name] ?? {}, { idToken: idToken || undefined });
        expect([401, 403], `${how} → ${name}: ${answer.text}`).toContain(answer.status);
        expect(['unauthenticated', 'second-factor-required']).toContain(answer.body.error.code);
        expect(Object.keys(answer.body)).toEqual(['error']);
        expect(answer.text).not.toContain(victim.email);
        expect(answer.setCookie).toEqual([]);
      }
    }
    // パスワード変更 among them was refused: the victim's password is the one it was.
    expect((await new TestBrowser().login(victim.email, DEMO_PASSWORD)).body.status).toBe('otp-required');
  });

  it('issues no trust cookie for a made-up challenge, whatever the session', async () => {
    for (const [, idToken] of sessions) {
      const answer = await new TestBrowser().call(
        'verifyOtp',
        { verificationId: `${victim.uid}.${'A'.repeat(43)}`, code: '123456', trustThisBrowser: true },
        { idToken: idToken || undefined },
      );
      expect(answer.status).toBe(410);
      expect(answer.setCookie).toEqual([]);
    }
  });
});
