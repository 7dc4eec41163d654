import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '@hellowork/contracts';
import { newJobSeeker } from '../testing/accounts';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';
import { checkScreen, desktop, devices, finishLogin, hydrated, phone, SITE_TITLE, useChromium } from './browser';

// The login is prerendered at build time: its HTML holds the form, and React hydrates it when the script arrives.
const chromium = useChromium();
const LOGIN_TITLE = '求職者マイページにログイン';

/** Holds back the app's scripts (not the small one that holds an early tap) until `release` is called. */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(?!holdEarlySubmit-).*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe.each(devices)('the prerendered login ($name)', (device) => {
  it.each([routes.home, routes.login])('%s shows the form with its labels and links with JavaScript blocked', async (path) => {
    const { page } = await chromium.newBrowser(device, { javaScript: false });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe(`${LOGIN_TITLE} | ${SITE_TITLE}`);
    await page.getByRole('heading', { name: LOGIN_TITLE }).waitFor();
    await page.getByLabel('メールアドレス').fill('asu.yuki@example.jp');
    await page.getByLabel('パスワード').fill('Kyushoku#2025');
    expect(await page.getByLabel('パスワード').getAttribute('type')).toBe('password');
    for (const link of ['パスワードをお忘れの方', 'アカウントを再登録', '求職者マイページ利用者マニュアル(利用登録者)']) {
      await page.getByRole('link', { name: link }).waitFor();
    }
    // Styled: the stylesheet applies (the button has the product's colour, not the browser's grey).
    const button = page.getByRole('button', { name: 'ログイン' });
    expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 88, 155)');

    // Without any script a tap sends nothing: the password reaches no URL, no request and no history entry.
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await button.click();
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(page.url()).not.toContain('Kyushoku');
    expect(requests.map((request) => request.url())).toEqual([]);
  });
});

// What follows asks the same of a phone and a desktop: each runs on one, and checkScreen checks its screens at both sizes.
describe('the prerendered login', () => {
  it('logs in with what was typed and sent before the app arrived, and the password goes nowhere else (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-prerendered');
    const mailbox = await watchMailbox(seeker.email);
    const { page } = await chromium.newBrowser(device);
    const release = await holdTheApp(page);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));

    await page.goto(routes.home, { waitUntil: 'commit' });
    await page.getByLabel('メールアドレス').fill(seeker.email);
    await page.getByLabel('パスワード').fill(seeker.password);
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.locator('form[aria-busy="true"]').waitFor(); // held, not lost
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(routes.home);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(sent.filter((line) => line.includes(seeker.password))).toEqual([]);

    release();
    await page.getByRole('heading', { name: 'ワンタイムパスワード入力' }).waitFor();
    expect(await page.locator('form[aria-busy]').count()).toBe(0);
    // The password went once, to the login function, in the body of a POST.
    const withPassword = sent.filter((line) => line.includes(seeker.password));
    expect(withPassword).toHaveLength(1);
    expect(withPassword[0]).toMatch(/\/api\/login /);
    await finishLogin(page, mailedCodeIn(await mailbox.next()));
  });

  it('hydrates at / into the login screen, at /login (desktop)', async () => {
    const device = desktop;
    const { page } = await chromium.newBrowser(device);
    await page.goto(routes.home);
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe(routes.login);
    await checkScreen(page, device, { title: LOGIN_TITLE });
    // The app runs the form now: an empty one is caught by the app, not sent.
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('メールアドレスを入力してください。').waitFor();
  });

  it.each([
    [routes.passwordReminder, 'パスワードをお忘れの方'],
    [routes.reRegistration, 'アカウントを再登録'],
    [routes.otp, 'ワンタイムパスワード入力'],
    [routes.manual, '求職者マイページ利用者マニュアル(利用登録者)'],
  ])('a deep link to %s still loads its screen (desktop)', async (path, heading) => {
    const { page } = await chromium.newBrowser(desktop);
    await page.goto(path);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
  });
});
