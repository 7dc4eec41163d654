import { setTimeout as sleep } from 'node:timers/promises';
import { OTP_MAIL_SUBJECT } from '@hellowork/contracts';
import { startMailCatcher, stopMailCatcher } from '../scripts/lib/mailCatcher';
import { urls } from '../scripts/lib/ports';

/** A mail as MailDev's REST API gives it. */
export type CaughtMail = { id: string; subject: string; text: string; to: { address: string }[]; time: string };

/**
 * The mails to an address (the product sends to addresses in lower case), filtered by MailDev:
 * a test run's whole inbox grows to hundreds of mails (about a megabyte), and waiting tests read it every 200 ms.
 */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${urls.mail}/api/email?${new URLSearchParams({ 'to.address': address.toLowerCase() })}`);
  const mails = (await response.json()) as CaughtMail[];
  return mails.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

/**
 * Watches an address from now on, as a tester with MailDev open would:
 * next() waits for a mail that was not there before (MailDev keeps no order
 * that tests could count on).
 */
export async function watchMailbox(address: string) {
  const seen = new Set((await mailsTo(address)).map((mail) => mail.id));
  return {
    async next(subject = OTP_MAIL_SUBJECT, timeoutMs = 15_000): Promise<CaughtMail> {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
        const mail = (await mailsTo(address)).find((candidate) => !seen.has(candidate.id) && candidate.subject === subject);
        if (mail) {
          seen.add(mail.id);
          return mail;
        }
      }
      throw new Error(`No new mail "${subject}" to ${address} within ${timeoutMs / 1000}s`);
    },
  };
}

/** Waits for a mail with that subject to reach the address (for an address that gets only one). */
export async function waitForMail(address: string, subject = OTP_MAIL_SUBJECT, timeoutMs = 15_000): Promise<CaughtMail> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
    const mail = (await mailsTo(address)).find((candidate) => candidate.subject === subject);
    if (mail) return mail;
  }
  throw new Error(`No mail "${subject}" to ${address} within ${timeoutMs / 1000}s`);
}

/**
 * The mails with that subject at the address once `count` of them arrived and a second more
 * brought no other: a test that expects exactly `count` sees any extra. Mails sent after the
 * answer (the follow-up queue) wait their turn in the emulator, so a fixed pause is not enough.
 */
export async function settledMails(address: string, subject: string, count: number, timeoutMs = 15_000): Promise<CaughtMail[]> {
  const matching = async () => (await mailsTo(address)).filter((mail) => mail.subject === subject);
  for (const deadline = Date.now() + timeoutMs; (await matching()).length < count && Date.now() < deadline;) await sleep(200);
  await sleep(1_000);
  return matching();
}

/** The one-time code in a mail: the login's ワンタイムパスワード or the reset's 確認コード. */
export function mailedCodeIn(mail: CaughtMail): string {
  const match = /(?:ワンタイムパスワード|確認コード)：(\d{6})/.exec(mail.text);
  if (!match) throw new Error(`No OTP in mail "${mail.subject}"`);
  return match[1]!;
}

/**
 * The mail server down for the length of `during`, and back after it, whatever happens: what a job seeker
 * meets when SMTP fails. It stops the catcher every suite reads codes from: only for *.alone.test.ts.
 */
export async function withMailDown<T>(during: () => Promise<T>): Promise<T> {
  await stopMailCatcher();
  try {
    return await during();
  } finally {
    await startMailCatcher();
  }
}
