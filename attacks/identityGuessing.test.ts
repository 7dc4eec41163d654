import { describe, expect, it } from 'vitest';
import { errorMessages, RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR, RE_REGISTRATION_MAX_FAILURES } from '@hellowork/contracts';
import { newJobSeekerNumber } from '../testing/demoData';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser, type ApiAnswer } from '../testing/apiClient';
import { mailsTo } from '../testing/mailbox';
import { embeddedFirestore, racesSkipped } from '../testing/officialFirestore';

/*
 * アカウントを再登録 from an outsider who holds a 求職番号 (it is printed on
 * paper) and guesses the birth date: at most 5 pairs are ever checked per
 * number, however the guesses are spread or raced, and every spelling of the
 * number is the same number; across numbers, one client runs out after 10
 * wrong pairs an hour (all clients together: identityBudget.alone.test.ts).
 */

const guess = (jobSeekerNumber: string, birthDate: string, email: string, client = new TestBrowser()) =>
  client.call('requestReRegistration', { jobSeekerNumber, birthDate, email });
/** Wrong dates, all different: 1970-01-01, 1970-01-02, … */
const wrongDate = (i: number) => new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10);
const countCodes = (answers: ApiAnswer[]) =>
  answers.reduce<Record<string, number>>((counts, answer) => {
    const code = answer.status === 200 ? 'ok' : (answer.body?.error?.code as string);
    counts[code] = (counts[code] ?? 0) + 1;
    return counts;
  }, {});
/** The same 13 digits as a Japanese IME or a copy from the 求職受付票 may give them. */
const spellingsOf = (number: string) => {
  const digits = number.replace('-', '');
  const fullWidth = digits.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  return [number, digits, `${digits.slice(0, 5)}ー${digits.slice(5)}`, fullWidth, ` ${number} `];
};

describe('guessing 生年月日 for a 求職番号', () => {
  it.skipIf(embeddedFirestore)(
    `a parallel burst of wrong dates in every spelling: at most ${RE_REGISTRATION_MAX_FAILURES - 1} refused as wrong, the rest locked${racesSkipped}`,
    async () => {
      const seeker = await newJobSeeker('identity-burst');
      const email = unknownAddress();
      const spellings = spellingsOf(seeker.jobSeekerNumber);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => guess(spellings[i % spellings.length]!, wrongDate(i), email)));
      const codes = countCodes(answers);
      // The 5th checked wrong pair locks and is answered as locked: at most 4 say "wrong".
      expect(codes['identity-mismatch'] ?? 0, JSON.stringify(codes)).toBeLessThanOrEqual(RE_REGISTRATION_MAX_FAILURES - 1);
      expect(codes['identity-locked'], JSON.stringify(codes)).toBe(20 - (codes['identity-mismatch'] ?? 0));
      // The right pair is refused now, and no code went anywhere.
      expect((await guess(seeker.jobSeekerNumber, seeker.birthDate, email)).body.error.code).toBe('identity-locked');
      expect(await mailsTo(email)).toEqual([]);
    },
  );

  it.skipIf(embeddedFirestore)(
    `a burst with the right date inside succeeds at most once, and answers with nothing but those three codes${racesSkipped}`,
    async () => {
      const seeker = await newJobSeeker('identity-burst-right');
      const email = unknownAddress();
      const guesses = Array.from({ length: 12 }, (_, i) => wrongDate(i));
      guesses.splice(Math.floor(Math.random() * guesses.length), 0, seeker.birthDate);
      const codes = countCodes(await Promise.all(guesses.map((date) => guess(seeker.jobSeekerNumber, date, email))));
      expect(codes.ok ?? 0).toBeLessThanOrEqual(1);
      expect(Object.keys(codes).filter((code) => !['ok', 'identity-mismatch', 'identity-locked'].includes(code))).toEqual([]);
    },
  );

  it('a 求職番号 nobody has is answered exactly like one with an account, and locks alike', async () => {
    const seeker = await newJobSeeker('identity-enum');
    const nobody = newJobSeekerNumber();
    const email = unknownAddress();
    for (let i = 0; i < RE_REGISTRATION_MAX_FAILURES + 1; i++) {
      const [known, unknown] = [await guess(seeker.jobSeekerNumber, wrongDate(i), email), await guess(nobody, wrongDate(i), email)];
      expect(unknown.status).toBe(known.status);
      expect(unknown.text).toBe(known.text);
    }
  });
});

describe('guessing across 求職番号 from one client', () => {
  it(`${RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR} wrong pairs an hour over any numbers, then nothing is checked, the right pair neither; other clients go on`, async () => {
    const seeker = await newJobSeeker('identity-client');
    const client = new TestBrowser();
    const email = unknownAddress();
    const answers: string[] = [];
    for (let i = 0; i < RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR; i++)
      answers.push((await guess(newJobSeekerNumber(), wrongDate(i), email, client)).body.error.code);
    expect(answers).toEqual(Array.from({ length: RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR }, () => 'identity-mismatch'));
    const busy = await guess(seeker.jobSeekerNumber, seeker.birthDate, email, client);
    expect(busy.status).toBe(429);
    expect(busy.body.error).toEqual({ code: 'identity-busy', message: errorMessages['identity-busy'] });
    // Refused unchecked: the number's own count is untouched, and another client is served.
    expect((await guess(seeker.jobSeekerNumber, seeker.birthDate, email)).status).toBe(200);
  });

  it.skipIf(embeddedFirestore)(
    `a parallel burst over many numbers: at most ${RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR} pairs checked${racesSkipped}`,
    async () => {
      const client = new TestBrowser();
      const email = unknownAddress();
      const codes = countCodes(
        await Promise.all(Array.from({ length: 30 }, (_, i) => guess(newJobSeekerNumber(), wrongDate(i), email, client))),
      );
      expect(codes['identity-mismatch'] ?? 0, JSON.stringify(codes)).toBeLessThanOrEqual(RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR);
      expect(codes['identity-busy'], JSON.stringify(codes)).toBe(30 - (codes['identity-mismatch'] ?? 0));
    },
  );

  it(`one client that writes Fastly-Client-IP and the X-Forwarded-For hops before its own is still one client: ${RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR} wrong pairs, then none checked`, async () => {
    const email = unknownAddress();
    const client = new TestBrowser();
    const invented = () => `203.0.113.${Math.floor(Math.random() * 256)}`;
    const answers = [];
    for (let i = 0; i <= RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR; i++) {
      const headers = { 'fastly-client-ip': invented(), 'x-forwarded-for': `${invented()}, ${invented()}, ${client.address}` };
      answers.push(
        await client.call('requestReRegistration', { jobSeekerNumber: newJobSeekerNumber(), birthDate: wrongDate(i), email }, { headers }),
      );
    }
    expect(answers.slice(0, -1).map((answer) => answer.body.error.code)).toEqual(
      Array(RE_REGISTRATION_FAILURES_PER_CLIENT_HOUR).fill('identity-mismatch'),
    );
    expect(answers.at(-1)!.body.error.code).toBe('identity-busy');
  });
});
