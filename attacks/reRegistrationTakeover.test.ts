import { describe, expect, it } from 'vitest';
import { EMAIL_CONFIRMATION_SUBJECT } from '@hellowork/contracts';
import { newJobSeeker, unknownAddress } from '../testing/accounts';
import { TestBrowser } from '../testing/apiClient';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';

/*
 * アカウントを再登録 by someone who knows the 求職番号 and 生年月日 (they are on
 * paper): the account must not change hands before its holder can act.
 */

describe('taking an account over with the 求職番号 and 生年月日', () => {
  it('gets the taker no login, and leaves the holder signed in and able to log in, right after it is completed', async () => {
    const seeker = await newJobSeeker('takeover');
    const holder = new TestBrowser();
    const idToken = await holder.signIn(seeker.email, seeker.password);

    const taker = new TestBrowser();
    const takersAddress = unknownAddress();
    const takersPassword = 'Nottori-Password 2026';
    const mailbox = await watchMailbox(takersAddress);
    const { jobSeekerNumber, birthDate } = seeker;
    const requested = await taker.call('requestReRegistration', { jobSeekerNumber, birthDate, email: takersAddress });
    const code = mailedCodeIn(await mailbox.next(EMAIL_CONFIRMATION_SUBJECT));
    const verificationId = requested.body.verificationId as string;
    expect((await taker.call('completeReRegistration', { verificationId, code, newPassword: takersPassword })).status).toBe(200);

    expect((await new TestBrowser().login(takersAddress, takersPassword)).body.error?.code).toBe('invalid-credentials');
    expect((await holder.call('getMyPageHome', {}, { idToken })).status).toBe(200);
    expect((await new TestBrowser().login(seeker.email, seeker.password)).body.status).toBe('otp-required');
  });
});
