import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCKOUT_MAX_FAILURES } from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';

/*
 * Enumeration: the login and パスワードをお忘れの方 answer an address with an account exactly as one
 * without, locked or not: same status, same body, and the same time within
 * noise (medians of interleaved samples, each on a fresh login id so that no
 * lock interferes).
 */

const SAMPLES = 11;

async function timedCall(call: () => ReturnType<TestBrowser['call']>) {
  const started = performance.now();
  const answer = await call();
  return { answer, ms: performance.now() - started };
}
const timed = (email: string, password: string, trustCookie?: string) =>
  timedCall(() => {
    const browser = new TestBrowser();
    browser.session = trustCookie;
    return browser.login(email, password);
  });
/** A trust cookie someone made up, in the form that names no account (`deviceId.secret`): looked up for any address alike. */
const madeUpTrustCookie = () => `${randomBytes(16).toString('base64url').slice(0, 22)}.${randomBytes(32).toString('base64url')}`;
const timedReset = (email: string) => timedCall(() => new TestBrowser().call('requestPasswordReset', { email }));

/**
 * A pair of calls in turns, known first and then unknown first: the follow-up task a wrong password queues runs in
 * the emulator beside whichever call comes next (on Cloud Tasks, elsewhere), so neither side always pays for it.
 */
async function inTurns<T>(turn: number, known: () => Promise<T>, unknown: () => Promise<T>): Promise<[T, T]> {
  if (turn % 2 === 0) return [await known(), await unknown()];
  const u = await unknown();
  return [await known(), u];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Medians within noise: 40 ms or a third of the slower, whichever is larger. */
function expectSameTime(known: number[], unknown: number[]) {
  const [a, b] = [median(known), median(unknown)];
  expect(Math.abs(a - b), `medians ${a.toFixed(0)} ms (known) vs ${b.toFixed(0)} ms (unknown)`).toBeLessThanOrEqual(
    Math.max(40, Math.max(a, b) / 3),
  );
}

async function lockedAddress(email: string) {
  for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await new TestBrowser().login(email, `wrong-${i}`);
  return email;
}

describe('enumeration at login', () => {
  it('a wrong password for a known address answers like any password for an unknown one', async () => {
    const known = await Promise.all(Array.from({ length: SAMPLES }, () => newJobSeeker('enum-known')));
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    let first: string | undefined;
    for (const [turn, seeker] of known.entries()) {
      const [k, u] = await inTurns(
        turn,
        () => timed(seeker.email, 'Wrong#2025'),
        () => timed(unknownAddress(), seeker.password),
      );
      expect(k.answer.status).toBe(401);
      expect(u.answer.status).toBe(401);
      expect(u.answer.text).toBe(k.answer.text);
      first ??= k.answer.text;
      expect(k.answer.text).toBe(first);
      knownTimes.push(k.ms);
      unknownTimes.push(u.ms);
    }
    expectSameTime(knownTimes, unknownTimes);
  });

  it('a locked known address answers like a locked unknown one, whatever the password and with a made-up trust cookie', async () => {
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    const seeker = await newJobSeeker('enum-locked');
    const known = await lockedAddress(seeker.email);
    const unknown = await lockedAddress(unknownAddress());
    for (let i = 0; i < SAMPLES; i++) {
      const password = i % 2 ? seeker.password : 'Wrong#2025';
      const cookie = madeUpTrustCookie();
      // The order changes every other pair, the password every pair: each order meets both passwords.
      const [k, u] = await inTurns(
        Math.floor(i / 2),
        () => timed(known, password, cookie),
        () => timed(unknown, password, cookie),
      );
      expect(k.answer.status).toBe(423);
      expect(u.answer.text).toBe(k.answer.text);
      expect(u.answer.status).toBe(k.answer.status);
      knownTimes.push(k.ms);
      unknownTimes.push(u.ms);
    }
    expectSameTime(knownTimes, unknownTimes);
  });
});

describe('enumeration at パスワードをお忘れの方', () => {
  it('an address with an account gets the answer, and the timing, of one without', async () => {
    const known = await Promise.all(Array.from({ length: SAMPLES }, () => newJobSeeker('enum-reset')));
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    // The verification id differs on every request: what must match is everything else.
    const shapeOf = (text: string) => text.replace(/"verificationId":"[A-Za-z0-9_-]{43}"/, '"verificationId":"<id>"');
    for (const seeker of known) {
      const [k, u] = [await timedReset(seeker.email), await timedReset(unknownAddress())];
      expect(k.answer.status).toBe(200);
      expect(u.answer.status).toBe(200);
      expect(shapeOf(k.answer.text)).toBe('{"verificationId":"<id>"}');
      expect(shapeOf(u.answer.text)).toBe(shapeOf(k.answer.text));
      knownTimes.push(k.ms);
      unknownTimes.push(u.ms);
    }
    expectSameTime(knownTimes, unknownTimes);
  });
});
