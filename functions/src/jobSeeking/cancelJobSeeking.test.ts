import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../../../testing/accounts';
import { TestBrowser } from '../../../testing/apiClient';
import { jobSeekerRef } from '../../../testing/functionsData';

async function signedIn(name: string) {
  const seeker = await newJobSeeker(name);
  const browser = new TestBrowser();
  const idToken = await browser.signIn(seeker.email, seeker.password);
  return { seeker, browser, idToken };
}

describe('求職状態: 有効 with its 期限, and 求職の取消', () => {
  it('turns the status to 無効 for good: settings and home say so, and referral jobs are no longer given', async () => {
    const { browser, idToken } = await signedIn('cancel');
    expect((await browser.call('getMyPageHome', {}, { idToken })).body.referralJobs).not.toBeNull();

    const answer = await browser.call('cancelJobSeeking', {}, { idToken });
    expect(answer.status).toBe(200);
    expect(answer.body.jobSeekerStatus.active).toBe(false);

    expect((await browser.call('getAccountSettings', {}, { idToken })).body.jobSeekerStatus.active).toBe(false);
    const home = (await browser.call('getMyPageHome', {}, { idToken })).body;
    expect(home.jobSeekerStatus.active).toBe(false);
    expect(home.referralJobs).toBeNull();
    // Again: nothing more changes, and ログイン履歴 has it once.
    expect((await browser.call('cancelJobSeeking', {}, { idToken })).body.jobSeekerStatus.active).toBe(false);
    const events = (await browser.call('getSecurityHistory', {}, { idToken })).body.events as { type: string }[];
    expect(events.filter((event) => event.type === 'job-seeking-cancelled')).toHaveLength(1);
  });

  it('shows 無効 once the 有効期限 has passed', async () => {
    const { seeker, browser, idToken } = await signedIn('status-expired');
    await jobSeekerRef(seeker.uid).update({ 'jobSeekerStatus.validUntil': Timestamp.fromMillis(Date.now() - 1000) });
    expect((await browser.call('getAccountSettings', {}, { idToken })).body.jobSeekerStatus.active).toBe(false);
    expect((await browser.call('getMyPageHome', {}, { idToken })).body.referralJobs).toBeNull();
  });
});
