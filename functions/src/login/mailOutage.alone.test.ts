import { describe, expect, it } from 'vitest';
import { errorMessages, CODE_MAILS_PER_WINDOW } from '@hellowork/contracts';
import { newJobSeeker } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { waitForMail, withMailDown } from '../../../testing/mailbox';

// Stops MailDev, which every other suite reads codes from: npm test runs this file alone (*.alone.test.ts).
describe('login while the mail server is down', () => {
  it('says so when the OTP mail cannot be sent, and does not count it as a wrong password', async () => {
    const seeker = await newJobSeeker('smtp-down');
    const browser = new TestBrowser();
    for (let i = 0; i < 4; i++) expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');

    const refused = await withMailDown(() => browser.login(seeker.email, seeker.password));
    expect(refused.status).toBe(503);
    expect(refused.body.error).toEqual({ code: 'mail-unavailable', message: errorMessages['mail-unavailable'] });
    // Had the mail failure counted, the account would lock at the next wrong password.
    expect((await browser.login(seeker.email, 'wrong')).body.error.code).toBe('invalid-credentials');
    const answer = await browser.login(seeker.email, seeker.password);
    expect(answer.body.status).toBe('otp-required');
    await waitForMail(seeker.email);
  });

  it('does not count a code mail that could not be sent toward the mails a holder may get', async () => {
    const seeker = await newJobSeeker('smtp-down-limit');
    const answers = await withMailDown(async () => {
      const codes: string[] = [];
      for (let i = 0; i <= CODE_MAILS_PER_WINDOW; i++)
        codes.push((await new TestBrowser().login(seeker.email, seeker.password)).body.error.code);
      return codes;
    });
    expect(answers).toEqual(Array.from({ length: CODE_MAILS_PER_WINDOW + 1 }, () => 'mail-unavailable'));
    // No mail went out: the holder gets a code as soon as the mail server is back.
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
    await waitForMail(seeker.email);
  });
});
