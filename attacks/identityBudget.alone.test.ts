import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages, RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR, RE_REGISTRATION_FAILURES_PER_HOUR } from '@hellowork/contracts';
import { newJobSeekerNumber } from '../testing/demoData';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { reRegistrationBudgetRef } from '../testing/functionsData';

/*
 * アカウントを再登録 guessed by many clients at once (a header a caller writes
 * itself makes as many "clients" as it likes): past the budget of every client
 * together, no pair is checked for anyone. Alone: it uses up what every other
 * re-registration test needs.
 */

const wrongDate = (i: number) => new Date(Date.UTC(1970, 0, 1 + (i % 3650))).toISOString().slice(0, 10);

describe('guessing 生年月日 from many clients', () => {
  // Everyone's budget whole, as an hour would make it: before (the suites before this one used some of it)
  // and after (for whatever runs next).
  const wholeBudget = () => reRegistrationBudgetRef('all').delete();
  beforeAll(wholeBudget);
  afterAll(wholeBudget);

  it(`${RE_REGISTRATION_FAILURES_PER_HOUR} wrong pairs an hour from all clients together, then no pair is checked for anyone`, async () => {
    const seeker = await newJobSeeker('identity-everyone');
    const email = unknownAddress();
    const clients = RE_REGISTRATION_FAILURES_PER_HOUR / RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR;
    const answers = await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const client = new TestBrowser();
        const codes: string[] = [];
        for (let i = 0; i < RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR; i++) {
          const answer = await client.call('requestReRegistration', {
            jobSeekerNumber: newJobSeekerNumber(),
            birthDate: wrongDate(c * 10 + i),
            email,
          });
          codes.push(answer.body.error.code as string);
        }
        return codes;
      }),
    );
    expect(answers.flat().filter((code) => code !== 'identity-mismatch')).toEqual([]);

    const busy = await new TestBrowser().call('requestReRegistration', {
      jobSeekerNumber: seeker.jobSeekerNumber,
      birthDate: seeker.birthDate,
      email,
    });
    expect(busy.status).toBe(429);
    expect(busy.body.error).toEqual({ code: 'identity-busy', message: errorMessages['identity-busy'] });

    await wholeBudget();
    expect(
      (
        await new TestBrowser().call('requestReRegistration', {
          jobSeekerNumber: seeker.jobSeekerNumber,
          birthDate: seeker.birthDate,
          email,
        })
      ).status,
    ).toBe(200);
  }, 120_000);
});
