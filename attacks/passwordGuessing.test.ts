import { describe, expect, it } from 'vitest';
import { errorMessages, LOCKOUT_MAX_FAILURES } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { countCodes } from './outsider';
import { embeddedFirestore, racesSkipped } from '../testing/officialFirestore';

/*
 * Password guessing: however the guesses come, at most 5 passwords are checked
 * per lock window per login id. From outside, a checked wrong password answers
 * invalid-credentials (the 5th already account-locked) and a checked right one
 * succeeds; everything else is refused unchecked.
 */

const wrong = (i: number) => `Guess#${i}-${Math.random()}`;
const checkedWrongAtMost = LOCKOUT_MAX_FAILURES - 1;

/** Spellings of one address that are the same login id, and look-alikes that are no login id at all. */
const sameLoginId = (email: string) => [
  email,
  email.toUpperCase(),
  `  ${email} `,
  `\t${email}\n`,
  email.replace(/^./, (c) => c.toUpperCase()),
];
const toFullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const lookAlikes = (email: string) => [toFullWidth(email), email.replace(/a/g, '\u0430'), email.replace(/e/g, '\u0435'), `${email}\u200b`];

async function expectLockedEvenForTheRightPassword(email: string, password: string) {
  const wrongAnswer = await new TestBrowser().login(email, 'still-wrong');
  const rightAnswer = await new TestBrowser().login(email, password);
  expect(rightAnswer.status).toBe(423);
  expect(rightAnswer.body).toEqual({ error: { code: 'account-locked', message: errorMessages['account-locked'] } });
  // Locked: the right password answers exactly like a wrong one.
  expect(rightAnswer.text).toBe(wrongAnswer.text);
  expect(rightAnswer.status).toBe(wrongAnswer.status);
}

describe('password guessing', () => {
  it('hundreds of wrong passwords in a row, in every spelling of the address: at most 5 checked', async () => {
    const seeker = await newJobSeeker('guess-sequential');
    const spellings = sameLoginId(seeker.email);
    const answers = [];
    for (let i = 0; i < 150; i++) answers.push(await new TestBrowser().login(spellings[i % spellings.length]!, wrong(i)));
    const codes = countCodes(answers);
    expect(codes['invalid-credentials']).toBe(checkedWrongAtMost);
    expect(codes['account-locked']).toBe(150 - checkedWrongAtMost);
    await expectLockedEvenForTheRightPassword(seeker.email, seeker.password);
  });

  it.skipIf(embeddedFirestore)(
    `a parallel burst of wrong passwords: at most 5 checked, and the login id stays locked for the right one${racesSkipped}`,
    async () => {
      const seeker = await newJobSeeker('guess-burst-wrong');
      const spellings = sameLoginId(seeker.email);
      // 20 at once: four times the limit; the functions emulator on 2 cores times out far beyond that.
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => new TestBrowser().login(spellings[i % spellings.length]!, wrong(i))),
      );
      const codes = countCodes(answers);
      expect(codes['invalid-credentials'], JSON.stringify(codes)).toBeLessThanOrEqual(checkedWrongAtMost);
      expect(codes['account-locked'], JSON.stringify(codes)).toBe(20 - (codes['invalid-credentials'] ?? 0));
      await expectLockedEvenForTheRightPassword(seeker.email, seeker.password);
    },
  );

  it.skipIf(embeddedFirestore)(
    `a parallel burst with the right password in it: at most 5 checked per window, and only the right one ends it${racesSkipped}`,
    async () => {
      for (let round = 0; round < 2; round++) {
        const seeker = await newJobSeeker('guess-burst');
        const spellings = sameLoginId(seeker.email);
        const guesses = Array.from({ length: 20 }, (_, i) => ({ email: spellings[i % spellings.length]!, password: wrong(i) }));
        guesses.splice(Math.floor(Math.random() * guesses.length), 0, { email: seeker.email, password: seeker.password });
        const answers = await Promise.all(guesses.map((guess) => new TestBrowser().login(guess.email, guess.password)));
        const codes = countCodes(answers);
        expect(codes.ok ?? 0).toBeLessThanOrEqual(1);
        // 5 wrong *in a row* lock: the right password, if it was checked, ends its window, so the
        // wrong ones that raced it are at most one window's before it and one window's after it.
        const windows = 1 + (codes.ok ?? 0);
        expect(codes['invalid-credentials'] ?? 0, JSON.stringify(codes)).toBeLessThanOrEqual(windows * checkedWrongAtMost);
        if (!codes.ok) await expectLockedEvenForTheRightPassword(seeker.email, seeker.password);
        expect(
          Object.keys(codes).filter((code) => !['ok', 'invalid-credentials', 'account-locked'].includes(code)),
          JSON.stringify(codes),
        ).toEqual([]);
      }
    },
  );

  it.skipIf(embeddedFirestore)(`spread across many accounts at once: each login id gets its own 5, none more${racesSkipped}`, async () => {
    const seekers = await Promise.all(Array.from({ length: 4 }, () => newJobSeeker('guess-spread')));
    const answers = await Promise.all(
      seekers.flatMap((seeker) =>
        Array.from({ length: 12 }, (_, i) => new TestBrowser().login(sameLoginId(seeker.email)[i % 5]!, wrong(i))),
      ),
    );
    for (let s = 0; s < seekers.length; s++) {
      const codes = countCodes(answers.slice(s * 12, (s + 1) * 12));
      expect(codes['invalid-credentials'] ?? 0).toBeLessThanOrEqual(checkedWrongAtMost);
      expect(codes['account-locked']).toBeGreaterThanOrEqual(12 - checkedWrongAtMost);
    }
    await Promise.all(seekers.map((seeker) => expectLockedEvenForTheRightPassword(seeker.email, seeker.password)));
  });

  it('full-width and look-alike spellings are no login id: refused unchecked, with the right password too', async () => {
    const seeker = await newJobSeeker('guess-lookalike');
    for (const spelling of lookAlikes(seeker.email)) {
      const answer = await new TestBrowser().login(spelling, seeker.password);
      expect(answer.status, spelling).toBe(400);
      expect(answer.body.error.code).toBe('invalid-argument');
    }
    // None of them counted against the real login id.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });
});
