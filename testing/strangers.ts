import { emailSchema, LOCKOUT_MAX_FAILURES, LOCKOUT_MINUTES } from '@hellowork/contracts';
import { passLockoutTime } from './clock';
import { TestBrowser } from './apiClient';
import { addWrongPasswordsInARow } from './functionsData';

/**
 * `count` wrong passwords at login from strangers' browsers, one lock window at a time, each lock waited out.
 * The last window's are sent; the ones before are recorded as made (each real one costs a password hash, and
 * a hundred of them ~10 s of the two cores). lockout.test.ts makes its 100 one by one.
 */
export async function strangerGuesses(email: string, count: number) {
  const sent = count % LOCKOUT_MAX_FAILURES || Math.min(count, LOCKOUT_MAX_FAILURES);
  await addWrongPasswordsInARow(emailSchema.parse(email), count - sent);
  for (let i = 0; i < sent; i++) await new TestBrowser().login(email, `guess-${i}`);
  await passLockoutTime(email, LOCKOUT_MINUTES);
}
