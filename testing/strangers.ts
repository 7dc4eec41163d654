import { LOCKOUT_MAX_FAILURES, LOCKOUT_MINUTES } from '@hellowork/contracts';
import { passLockoutTime } from './clock';
import { TestBrowser } from './apiClient';

/** `count` wrong passwords at login from strangers' browsers, one lock window at a time, each lock waited out. */
export async function strangerGuesses(email: string, count: number) {
  for (let tried = 0; tried < count; tried += LOCKOUT_MAX_FAILURES) {
    for (let i = 0; i < Math.min(LOCKOUT_MAX_FAILURES, count - tried); i++) await new TestBrowser().login(email, `guess-${tried + i}`);
    await passLockoutTime(email, LOCKOUT_MINUTES);
  }
}
