import { describe, expect, it } from 'vitest';
import {
  CODE_BLOCK_MINUTES,
  CODE_LONGEST_BLOCK_MINUTES,
  CODE_MAX_WRONG_BEFORE_RESET,
  CODE_MAX_WRONG_ENTRIES,
  LOCKOUT_MINUTES,
  PASSWORD_CHANGED_SUBJECT,
  PASSWORD_RESET_MAIL_SUBJECT,
  PASSWORD_RESET_MAILS_PER_HOUR,
} from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { passLockoutTime, passOtpTime, passResetMailTime, passVerificationLimitTime } from '../testing/clock';
import { mailedCodeIn, settledMails, watchMailbox } from '../testing/mailbox';
import { strangerGuesses } from '../testing/strangers';
import { countCodes } from './outsider';

/*
 * The holder always gets back in: a stranger who knows only the address does everything it lets them
 * do, for hours, re-arming every limit as it lifts (time moved as the tester console moves it), and the
 * holder, with their own mailbox, resets the password and logs in.
 */

const NEW_PASSWORD = 'Modoreru-Password 2026';
const ROUNDS = 3;

describe('the holder gets back in, whatever a stranger who knows the address does', () => {
  it(`${CODE_MAX_WRONG_BEFORE_RESET} wrong passwords, then reset codes guessed wrong for ${ROUNDS} rounds of re-armed limits: the holder resets from the mail and logs in`, async () => {
    const seeker = await newJobSeeker('holder-back-in');
    await strangerGuesses(seeker.email, CODE_MAX_WRONG_BEFORE_RESET);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('password-reset-required');

    // The stranger's own browser asks for reset codes it never receives, and guesses them; between rounds
    // every limit it met is waited out, and it starts again.
    const stranger = new TestBrowser();
    const answers = [];
    let strangerMails = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      for (let request = 0; request < PASSWORD_RESET_MAILS_PER_HOUR; request++) {
        const asked = await stranger.call('requestPasswordReset', { email: seeker.email });
        answers.push(asked);
        if (asked.status !== 200) continue;
        strangerMails++;
        for (let i = 0; i < CODE_MAX_WRONG_ENTRIES; i++) {
          const guess = String(100_000 + round * 1_000 + request * 100 + i);
          answers.push(
            await stranger.call('resetPassword', {
              verificationId: asked.body.verificationId,
              code: guess,
              newPassword: 'Stranger-Pass 2026',
            }),
          );
        }
      }
      if (round === ROUNDS) break;
      await passResetMailTime(seeker.email, 2);
      await passVerificationLimitTime(seeker.uid, CODE_LONGEST_BLOCK_MINUTES);
      await passOtpTime(seeker.uid, CODE_BLOCK_MINUTES);
      await passLockoutTime(seeker.email, LOCKOUT_MINUTES);
    }
    expect(Object.keys(countCodes(answers))).not.toContain('code-reset-required');
    // The stranger's reset mails go out after its answers (the follow-up queue): every one is in before the
    // holder watches the mailbox, so the holder's next mail is the holder's own.
    expect(await settledMails(seeker.email, PASSWORD_RESET_MAIL_SUBJECT, strangerMails, 60_000)).toHaveLength(strangerMails);

    // Right after the last round: the holder, in their own browser, asks and is mailed a code that works.
    const holder = new TestBrowser();
    const mailbox = await watchMailbox(seeker.email);
    const asked = await holder.call('requestPasswordReset', { email: seeker.email });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const code = mailedCodeIn(await mailbox.next(PASSWORD_RESET_MAIL_SUBJECT));
    const reset = await holder.call('resetPassword', { verificationId: asked.body.verificationId, code, newPassword: NEW_PASSWORD });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    await mailbox.next(PASSWORD_CHANGED_SUBJECT);
    const idToken = await holder.signIn(seeker.email, NEW_PASSWORD);
    expect((await holder.call('getMyPageHome', {}, { idToken })).status).toBe(200);
  }, 300_000);
});
