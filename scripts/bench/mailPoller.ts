import { setTimeout as sleep } from 'node:timers/promises';
import { OTP_MAIL_SUBJECT } from '@hellowork/contracts';
import { urls } from '../lib/ports';
import { mailedCodeIn, type CaughtMail } from '../../testing/mailbox';

/*
 * One poller of MailDev's REST API for the whole bench: 200 logins waiting for
 * their codes at once must not each fetch every mail every 200 ms (the tests'
 * watchMailbox does, for one or two), or MailDev becomes what is measured.
 * Each bench account gets one address of its own, so a mail is matched by
 * address and subject alone; ids seen before the wait started are ignored.
 */
export class MailPoller {
  private waiters = new Map<string, { seen: Set<string>; resolve: (code: string) => void }[]>();
  private running = false;
  constructor(private readonly intervalMs: number) {}

  /** Starts watching the address now; `next()` resolves with the code of the first OTP mail that was not there before. */
  async watch(address: string): Promise<{ next: () => Promise<string> }> {
    const seen = new Set((await this.mails()).filter((mail) => to(mail, address)).map((mail) => mail.id));
    return {
      next: () =>
        new Promise<string>((resolve) => {
          const list = this.waiters.get(address) ?? [];
          list.push({ seen, resolve });
          this.waiters.set(address, list);
          if (!this.running) void this.loop();
        }),
    };
  }

  private async mails(): Promise<CaughtMail[]> {
    return (await (await fetch(`${urls.mail}/api/email`)).json()) as CaughtMail[];
  }

  private async loop() {
    this.running = true;
    while (this.waiters.size > 0) {
      const mails = await this.mails();
      for (const [address, list] of this.waiters) {
        const remaining = list.filter((waiter) => {
          const mail = mails.find(
            (candidate) => to(candidate, address) && candidate.subject === OTP_MAIL_SUBJECT && !waiter.seen.has(candidate.id),
          );
          if (mail) waiter.resolve(mailedCodeIn(mail));
          return !mail;
        });
        if (remaining.length) this.waiters.set(address, remaining);
        else this.waiters.delete(address);
      }
      await sleep(this.intervalMs);
    }
    this.running = false;
  }
}

const to = (mail: CaughtMail, address: string) => mail.to.some((recipient) => recipient.address.toLowerCase() === address.toLowerCase());
