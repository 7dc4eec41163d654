import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../testing/accounts';
import { APP_URL } from '../testing/apiClient';
import { desktop, finishLogin, loginUntilOtp, openVariousSettings, useChromium } from './browser';

// A real project's browser API key is restricted to the app's origins as referrer (scripts/deploy/provision.sh),
// so Google's Auth endpoints refuse a request without one. The emulators ignore key restrictions; what can be
// seen here is what Google would judge: the Referer each Auth request leaves the browser with, under the
// production Referrer-Policy (the Hosting emulator serves firebase.json's headers).
const chromium = useChromium();

/** Identity Toolkit and Secure Token: Google's hosts in production, paths of the same names on the Auth emulator. */
const AUTH_ENDPOINT = /\/(identitytoolkit|securetoken)\.googleapis\.com\//;
const TOKEN_REFRESH = '/securetoken.googleapis.com/v1/token';
const APP_ORIGIN = `${new URL(APP_URL).origin}/`;

// Each journey runs on one device, and checkScreen checks its screens at both sizes.
describe('the referrer Google’s Auth endpoints see', () => {
  it('is the app’s origin on every Auth request, the token refresh an hour into the session included (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-auth-referrer');
    const { page } = await chromium.newBrowser(device);
    // The browser's clock only: the session at the functions stays as fresh as it is.
    await page.clock.install();
    const authRequests: Promise<{ path: string; referer: string | undefined }>[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!AUTH_ENDPOINT.test(url.pathname)) return;
      authRequests.push(request.allHeaders().then((headers) => ({ path: url.pathname, referer: headers.referer })));
    });

    await finishLogin(page, await loginUntilOtp(page, seeker.email, seeker.password));
    // An hour on, the ID token has expired: the next signed-in call makes the Auth SDK refresh it first.
    await page.clock.fastForward('01:00:00');
    await openVariousSettings(page);
    await page.getByText(seeker.email).first().waitFor();

    const sent = await Promise.all(authRequests);
    expect(sent.map((request) => request.path)).toContain(TOKEN_REFRESH);
    expect(sent).toEqual(sent.map(({ path }) => ({ path, referer: APP_ORIGIN })));
  });
});
