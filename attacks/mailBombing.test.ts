import { describe, expect, it } from 'vitest';
import {
  LOCKOUT_MAX_FAILURES,
  OTP_MAIL_SUBJECT,
  CODE_MAILS_PER_WINDOW,
  PASSWORD_RESET_MAIL_SUBJECT,
  PASSWORD_RESET_MAILS_PER_HOUR,
} from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { TestBrowser, type ApiAnswer } from '../testing/apiClient';
import { passResetMailTime } from '../testing/clock';
import { settledMails } from '../testing/mailbox';

/*
 * Mail bombing: whoever knows a job seeker's password, or only the address,
 * repeats the calls that send mail as fast as they can, in parallel bursts
 * and in every spelling of the address. The mailbox gets no more than the
 * limits in contracts/src/limits.ts allow, and the rest are told so.
 */

const ATTEMPTS = 24;
/**
 * Bursts smaller than the limits: in a bigger one every request may read back a count past
 * the limit and be refused (decision 0001: counters err on the side of refusing), and then
 * no mail at all would prove nothing here.
 */
const LOGIN_BURST = LOCKOUT_MAX_FAILURES - 1;
const RESET_BURST = PASSWORD_RESET_MAILS_PER_HOUR - 1;

/** `ATTEMPTS` calls in bursts of `burst` at once; the answers' codes. */
async function inBursts(burst: number, call: (i: number) => Promise<ApiAnswer<{ error?: { code: string } }>>) {
  const codes: (string | undefined)[] = [];
  for (let start = 0; start < ATTEMPTS; start += burst) {
    const answers = await Promise.all(Array.from({ length: burst }, (_, i) => call(start + i)));
    codes.push(...answers.map((answer) => (answer.status === 200 ? 'ok' : answer.body.error?.code)));
  }
  return codes;
}

/** The address as an attacker might spell it: case, surrounding spaces. */
const spelling = (email: string, i: number) =>
  [email, email.toUpperCase(), ` ${email} `, email.replace(/^./, (c) => c.toUpperCase())][i % 4]!;

/** Mails to the address with that subject, once the first arrived and the work after the answers has had time to finish. */
const settledCount = async (email: string, subject: string) => (await settledMails(email, subject, 1)).length;

describe('mail bombing', () => {
  it(`right-password logins: at most ${CODE_MAILS_PER_WINDOW} code mails, the rest refused`, async () => {
    const seeker = await newJobSeeker('bomb-login');
    const codes = await inBursts(LOGIN_BURST, (i) => new TestBrowser().login(spelling(seeker.email, i), seeker.password));
    const mails = await settledCount(seeker.email, OTP_MAIL_SUBJECT);
    expect(mails, JSON.stringify(codes)).toBeGreaterThan(0);
    expect(mails).toBeLessThanOrEqual(CODE_MAILS_PER_WINDOW);
    expect(codes.filter((code) => code === 'ok').length).toBeLessThanOrEqual(CODE_MAILS_PER_WINDOW);
    expect(new Set(codes.filter((code) => code !== 'ok'))).toEqual(new Set(['code-mail-limit']));
  }, 120_000);

  it(`reset requests from one client: at most ${PASSWORD_RESET_MAILS_PER_HOUR} reset mails, the rest refused with password-reset-mail-limit`, async () => {
    const seeker = await newJobSeeker('bomb-reset');
    // Per client (decision 0018): a client that writes the headers before the hop Google's front end appends is still one client.
    const client = new TestBrowser();
    const headers = () => ({
      'fastly-client-ip': `203.0.113.${Math.floor(Math.random() * 256)}`,
      'x-forwarded-for': `203.0.113.7, ${client.address}`,
    });
    const codes = await inBursts(RESET_BURST, (i) =>
      client.call('requestPasswordReset', { email: spelling(seeker.email, i) }, { headers: headers() }),
    );
    const mails = await settledCount(seeker.email, PASSWORD_RESET_MAIL_SUBJECT);
    expect(mails, JSON.stringify(codes)).toBeGreaterThan(0);
    expect(mails).toBeLessThanOrEqual(PASSWORD_RESET_MAILS_PER_HOUR);
    expect(codes.filter((code) => code === 'ok').length).toBeLessThanOrEqual(PASSWORD_RESET_MAILS_PER_HOUR);
    expect(new Set(codes.filter((code) => code !== 'ok'))).toEqual(new Set(['password-reset-mail-limit']));
  }, 120_000);

  it("refused reset requests do not count: a stranger's flood cannot keep the holder's own reset refused", async () => {
    const seeker = await newJobSeeker('bomb-reset-flood');
    const stranger = new TestBrowser();
    const requestReset = () => stranger.call('requestPasswordReset', { email: seeker.email });
    for (let i = 0; i < PASSWORD_RESET_MAILS_PER_HOUR; i++) expect((await requestReset()).status).toBe(200);
    // The next hour: the limit looks at this hour and the one before, which holds the 3, so the flood is refused…
    await passResetMailTime(seeker.email, 1);
    for (let i = 0; i < ATTEMPTS; i++) expect((await requestReset()).body.error?.code).toBe('password-reset-mail-limit');
    // …and the hour after that, it is mailed again (the holder, from their own client, is mailed at any time).
    await passResetMailTime(seeker.email, 1);
    expect((await requestReset()).status).toBe(200);
  }, 120_000);
});
