import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../../../testing/accounts';
import { selfMadeIdToken, TestBrowser } from '../../../testing/apiClient';

describe('getMyPageHome: personal data only for a session that passed both steps', () => {
  it('refuses a visitor with no session', async () => {
    const answer = await new TestBrowser().call('getMyPageHome', {});
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('unauthenticated');
  });

  it('refuses a forged or garbled token', async () => {
    const answer = await new TestBrowser().call('getMyPageHome', {}, { idToken: 'eyJhbGciOiJub25lIn0.e30.' });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('unauthenticated');
  });

  it("refuses a session made by Firebase Auth's public sign-up alone, even with the holder's address", async () => {
    const seeker = await newJobSeeker('password-only');
    const idToken = await selfMadeIdToken(seeker.email);
    const answer = await new TestBrowser().call('getMyPageHome', {}, { idToken });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('second-factor-required');
    expect(answer.text).not.toContain('試験 利用者');
  });

  it('shows the home data, and the previous login time from the second login on', async () => {
    const seeker = await newJobSeeker('home');
    const browser = new TestBrowser();
    const first = await browser.call('getMyPageHome', {}, { idToken: await browser.signIn(seeker.email, seeker.password) });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      displayName: '試験 利用者',
      officeName: '渋谷公共職業安定所',
      previousLoginAt: null,
      newMessageCount: 0,
    });

    const beforeSecond = Date.now();
    const second = await browser.call('getMyPageHome', {}, { idToken: await browser.signIn(seeker.email, seeker.password) });
    const previous = Date.parse(second.body.previousLoginAt);
    expect(previous).toBeLessThan(beforeSecond);
    expect(previous).toBeGreaterThan(beforeSecond - 60_000);
  });

  it('refuses a request with a body it does not take', async () => {
    const seeker = await newJobSeeker('home-body');
    const browser = new TestBrowser();
    const idToken = await browser.signIn(seeker.email, seeker.password);
    const answer = await browser.call('getMyPageHome', { uid: 'someone-else' }, { idToken });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid-argument');
  });
});
