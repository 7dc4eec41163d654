import { describe, expect, it } from 'vitest';
import { errorMessages, OTP_MAILS_PER_WINDOW } from '@hellowork/contracts';
import { newJobSeeker } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { waitForMail } from '../../../testing/mailbox';
import { startMailCatcher, stopMailCatcher } from '../../../scripts/lib/mailCatcher';

// Stops MailDev, which every other suite reads codes from: npm test runs this file alone (*.alone.test.ts).
describe('login while the mail server is down', () => {
  it('says so when the OTP mail cannot be sent, and does not count it as a wrong password', async () => {
    const seeker = await newJobSeeker('smtp-down');
    const browser = new TestBrowser();
    for (let i = 0; i < 4; i++) expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');

    await stopMailCatcher();
    try {
      const answer = await browser.login(seeker.email, seeker.password);
      expect(answer.status).toBe(503);
      expect(answer.body.error).toEqual({ code: 'mail-unavailable', message: errorMessages['mail-unavailable'] });
    } finally {
      await startMailCatcher();
    }
    // Had the mail failure counted, the account would lock at the next wrong password.
    expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');
    const answer = await browser.login(seeker.email, seeker.password);
    expect(answer.body.status).toBe('otp-required');
    await waitForMail(seeker.email);
  });

  it('does not count a code mail that could not be sent toward the mails a holder may get', async () => {
    const seeker = await newJobSeeker('smtp-down-limit');
    await stopMailCatcher();
    try {
      for (let i = 0; i <= OTP_MAILS_PER_WINDOW; i++)
        expect((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code).toBe('mail-unavailable');
    } finally {
      await startMailCatcher();
    }
    // No mail went out: the holder gets a code as soon as the mail server is back.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    await waitForMail(seeker.email);
  });
});
