import { describe, expect, it } from 'vitest';
import { RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR } from '@hellowork/contracts';
import { newJobSeekerNumber } from '../testing/demoData';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';

/*
 * アカウントを再登録 guessed by many clients at once: each runs out of its own budget, and no budget of all
 * clients together is left for them to use up, so a job seeker's right pair is still checked. Alone: its
 * hundreds of wrong pairs would slow every other re-registration test.
 */

/** As many clients as once used up the budget of all clients together (300 wrong pairs an hour). */
const CLIENTS = 30;
const wrongDate = (i: number) => new Date(Date.UTC(1970, 0, 1 + (i % 3650))).toISOString().slice(0, 10);

describe('guessing 生年月日 from many clients', () => {
  it(`${CLIENTS * RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR} wrong pairs in an hour from ${CLIENTS} clients: each client runs out, and a job seeker's right pair is still checked`, async () => {
    const seeker = await newJobSeeker('identity-everyone');
    const email = unknownAddress();
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const client = new TestBrowser();
        const codes: string[] = [];
        for (let i = 0; i <= RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR; i++) {
          const answer = await client.call('requestReRegistration', {
            jobSeekerNumber: newJobSeekerNumber(),
            birthDate: wrongDate(c * 11 + i),
            email,
          });
          codes.push(answer.body.error.code as string);
        }
        return codes;
      }),
    );
    for (const codes of answers) {
      expect(codes.slice(0, -1).filter((code) => code !== 'identity-mismatch')).toEqual([]);
      expect(codes.at(-1)).toBe('identity-busy');
    }
    const right = await new TestBrowser().call('requestReRegistration', {
      jobSeekerNumber: seeker.jobSeekerNumber,
      birthDate: seeker.birthDate,
      email,
    });
    expect(right.status, JSON.stringify(right.body)).toBe(200);
  }, 180_000);
});
