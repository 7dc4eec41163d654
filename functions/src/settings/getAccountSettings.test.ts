import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../../../testing/accounts';
import { SAFARI_ON_IPHONE, selfMadeIdToken, TestBrowser } from '../../../testing/apiClient';

describe('getAccountSettings: 各種設定', () => {
  it('shows 求職状態, the login id and no trusted browser before any is trusted', async () => {
    const seeker = await newJobSeeker('settings');
    const browser = new TestBrowser();
    const answer = await browser.call('getAccountSettings', {}, { idToken: await browser.signIn(seeker.email, seeker.password) });
    expect(answer.status).toBe(200);
    expect(answer.body.email).toBe(seeker.email);
    expect(answer.body.jobSeekerStatus.active).toBe(true);
    expect(Date.parse(answer.body.jobSeekerStatus.validUntil)).toBeGreaterThan(Date.now());
    expect(answer.body.trustedDevices).toEqual([]);
    expect(answer.text).not.toContain(seeker.password);
  });

  it('lists each trusted browser with its times, and marks the one asking', async () => {
    const seeker = await newJobSeeker('settings-list');
    const pc = new TestBrowser();
    const phone = new TestBrowser(SAFARI_ON_IPHONE);
    await pc.signIn(seeker.email, seeker.password, { trust: true });
    const idToken = await phone.signIn(seeker.email, seeker.password, { trust: true });
    const answer = await phone.call('getAccountSettings', {}, { idToken });
    const devices = answer.body.trustedDevices as {
      label: string;
      current: boolean;
      createdAt: string;
      lastUsedAt: string;
      expiresAt: string;
    }[];
    expect(devices.map((device) => [device.label, device.current])).toEqual([
      ['Safari / iOS', true],
      ['Chrome / Windows', false],
    ]);
    for (const device of devices) {
      expect(Date.parse(device.expiresAt)).toBeGreaterThan(Date.parse(device.createdAt));
      expect(Date.parse(device.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(device.createdAt));
    }
  });

  it('refuses a session from Firebase Auth alone', async () => {
    const seeker = await newJobSeeker('settings-password-only');
    const idToken = await selfMadeIdToken(seeker.email);
    expect((await new TestBrowser().call('getAccountSettings', {}, { idToken })).status).toBe(403);
  });
});
