import type { Request } from 'firebase-functions/https';
import { describe, expect, it } from 'vitest';
import { DAY_MS, TRUSTED_DEVICE_MAX_DAYS } from '@hellowork/contracts';
import { deviceCookie, readDeviceEntries, type DeviceEntry } from './trustedDevice';

/** The one thing readDeviceEntries asks of a request: its Cookie header. */
const requestWithCookie = (cookie: string | undefined) =>
  ({ get: (name: string) => (name === 'cookie' ? cookie : undefined) }) as unknown as Request;
const entry = (n: number): DeviceEntry => ({ uid: `uid${n}`, deviceId: `${'d'.repeat(21)}${n}`, secret: `${'s'.repeat(42)}${n}` });
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!;

describe('the trust cookie', () => {
  it('is HttpOnly, Secure, SameSite=Strict, on /api, for the longest trust', () => {
    const cookie = deviceCookie([entry(1)]);
    expect(cookie).toMatch(/^__session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api');
    expect(cookie).toContain(`Max-Age=${(TRUSTED_DEVICE_MAX_DAYS * DAY_MS) / 1000}`);
  });

  it('reads back what it wrote, for several accounts on one browser', () => {
    const entries = [entry(1), entry(2), entry(3)];
    expect(readDeviceEntries(requestWithCookie(cookieValue(deviceCookie(entries))))).toEqual(entries);
  });

  it('keeps at most 5 entries', () => {
    const entries = [1, 2, 3, 4, 5, 6, 7].map(entry);
    expect(readDeviceEntries(requestWithCookie(cookieValue(deviceCookie(entries))))).toHaveLength(5);
  });

  it.each([
    ['no cookie at all', undefined],
    ['an empty cookie', '__session='],
    ['garbage', '__session=%%%;;garbage'],
    ['a short secret', `__session=${'d'.repeat(22)}.short`],
    ['a path in the device id', `__session=../../../x${'d'.repeat(13)}.${'s'.repeat(43)}`],
    ['a path in the uid', `__session=../x.${'d'.repeat(22)}.${'s'.repeat(43)}`],
    ['no uid', `__session=${'d'.repeat(22)}.${'s'.repeat(43)}`],
    ['another cookie only', `other=${'d'.repeat(22)}.${'s'.repeat(43)}`],
  ])('proves nothing with %s', (_case, cookie) => {
    expect(readDeviceEntries(requestWithCookie(cookie))).toEqual([]);
  });

  it('keeps the well-formed entries beside a malformed one', () => {
    const good = entry(1);
    expect(readDeviceEntries(requestWithCookie(`__session=junk~${good.uid}.${good.deviceId}.${good.secret}`))).toEqual([good]);
  });
});
