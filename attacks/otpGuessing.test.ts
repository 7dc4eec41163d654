import { describe, expect, it } from 'vitest';
import { CODE_MAX_WRONG_ENTRIES } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';
import { countCodes } from './outsider';
import { embeddedFirestore, racesSkipped } from '../testing/officialFirestore';

/*
 * Code guessing: sweeps of many codes at once against one challenge, the
 * right code among them at a random place, repeated on fresh challenges.
 * With at most 10 checks per challenge, the right code gets in only when it
 * is among the checked ones, and then the sweep shows at most 9 wrong checks
 * beside it; without the limit every sweep gets in after up to 19 checks.
 */

/** Twice the limit at once: the functions emulator on 2 cores times out far beyond that. */
const SWEEP = 2 * CODE_MAX_WRONG_ENTRIES;
const ROUNDS = 4;

async function challengeWithCode() {
  const seeker = await newJobSeeker('otp-sweep');
  const mailbox = await watchMailbox(seeker.email);
  const login = await new TestBrowser().login(seeker.email, seeker.password);
  return { verificationId: login.body.verificationId as string, code: mailedCodeIn(await mailbox.next()) };
}

describe('OTP guessing', () => {
  it.skipIf(embeddedFirestore)(
    `parallel sweeps of ${SWEEP} codes with the right one inside: success consistent with at most ${CODE_MAX_WRONG_ENTRIES} checks${racesSkipped}`,
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { verificationId, code } = await challengeWithCode();
        const guesses = Array.from({ length: SWEEP - 1 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
        guesses.splice(Math.floor(Math.random() * SWEEP), 0, code);
        const answers = await Promise.all(guesses.map((guess) => new TestBrowser().verifyOtp(verificationId, guess)));
        const codes = countCodes(answers);
        // Checked: each wrong answer that still counts down, the 10th wrong one (exhausted), and a success.
        const checked = (codes['code-wrong'] ?? 0) + (codes.ok ?? 0);
        expect(checked, JSON.stringify(codes)).toBeLessThanOrEqual(CODE_MAX_WRONG_ENTRIES);
        expect(codes.ok ?? 0).toBeLessThanOrEqual(1);
        // A sweep that missed cannot come back for the right code.
        if (!codes.ok) expect((await new TestBrowser().verifyOtp(verificationId, code)).body.error.code).toBe('code-exhausted');
      }
    },
  );
});
