import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '@hellowork/contracts';
import { ports } from '../scripts/lib/ports';
import { newJobSeeker } from '../testing/accounts';
import { APP_URL } from '../testing/apiClient';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';
import { desktop, finishLogin, hydrated, loginAndTrustThisBrowser, logout, phone, submitLogin, useChromium } from './browser';

// A deploy under an open page: the page runs the build it was loaded from, whose hashed code files are gone from
// Hosting once the next build is released. It needs the built app on Hosting (the Vite dev server hashes nothing).
const onHosting = new URL(APP_URL).port === String(ports.hosting);
const chromium = useChromium();

const DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const ASSETS = `${DIST}assets/`;
const LOGIN_HEADING = '求職者マイページにログイン';
const LOAD_FAILURE = '画面を表示できませんでした';

/**
 * The build an open page was loaded from: the served build's files copied to web/dist/assets under names of their
 * own (and every reference to them renamed), as another build's hashed names differ. Only this test's browser ever
 * asks for them, so the journeys running beside it keep the served build. `release()` is the next deploy: the old
 * files are gone and Hosting serves the current build, as it has all along.
 */
const previousBuilds: { release: () => void }[] = [];
function previousBuild() {
  const prefix = `previous${randomBytes(4).toString('hex')}-`;
  const names = readdirSync(ASSETS).filter((name) => !name.startsWith('previous'));
  const renamed = (text: string) => names.reduce((out, name) => out.replaceAll(`/${name}`, `/${prefix}${name}`), text);
  for (const name of names) writeFileSync(`${ASSETS}${prefix}${name}`, renamed(readFileSync(`${ASSETS}${name}`, 'utf8')));
  const build = {
    prefix,
    /** The prerendered login of that build. */
    loginPage: renamed(readFileSync(`${DIST}index.html`, 'utf8')),
    release: () => names.forEach((name) => rmSync(`${ASSETS}${prefix}${name}`, { force: true })),
  };
  previousBuilds.push(build);
  return build;
}
afterEach(() => previousBuilds.splice(0).forEach((build) => build.release()));

/** Opens the login as the previous build served it (with the headers Hosting gives it now), then deploys. */
async function openLoginThenDeploy(page: Page) {
  const build = previousBuild();
  await page.route(routes.login, async (route) => route.fulfill({ response: await route.fetch(), body: build.loginPage }), { times: 1 });
  await page.goto(routes.login);
  await hydrated(page);
  build.release();
  // What Hosting answers for the old build's files from now on.
  const answers: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.url().includes(build.prefix)) answers.push({ url: response.url(), status: response.status() });
  });
  return answers;
}

/** The pages the browser loads in this tab (the first, and every reload), by path. */
function pageLoads(page: Page) {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads.push(new URL(request.url()).pathname);
  });
  return loads;
}

describe.skipIf(!onHosting)('a deploy under an open page', () => {
  it('answers a missing code file with 404, never with the app', async () => {
    const response = await fetch(`${APP_URL}/assets/index-GONE1234.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root"');
  });

  // Each on one device: what a deploy changes is the same on both.
  it('takes the job seeker from the login opened before it on to the OTP screen and My Page, reloading once (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-deploy-otp');
    const mailbox = await watchMailbox(seeker.email);
    const { page } = await chromium.newBrowser(device);
    const loads = pageLoads(page);
    const oldFiles = await openLoginThenDeploy(page);

    await page.getByLabel('メールアドレス').fill(seeker.email);
    await page.getByLabel('パスワード').fill(seeker.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: 'ワンタイムパスワード入力' }).waitFor();
    await finishLogin(page, mailedCodeIn(await mailbox.next()));

    expect(oldFiles.length).toBeGreaterThan(0);
    expect(oldFiles).toEqual(oldFiles.map(({ url }) => ({ url, status: 404 })));
    // One reload, of the screen whose code was gone; the OTP's challenge survived it in the tab's history.
    expect(loads).toEqual([routes.login, routes.otp]);
  });

  it('keeps the address typed into the login across the reload, never the password (phone)', async () => {
    const device = phone;
    const seeker = await newJobSeeker('e2e-deploy-address');
    const { page } = await chromium.newBrowser(device);
    // A trusted browser: the login signs in at once, which fetches Firebase Auth's code only then.
    await loginAndTrustThisBrowser(page, seeker.email, seeker.password);
    await logout(page);
    const loads = pageLoads(page);
    await openLoginThenDeploy(page);

    await page.getByLabel('メールアドレス').fill(seeker.email);
    await page.getByLabel('パスワード').fill(seeker.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => loads, { timeout: 30_000 }).toEqual([routes.login, routes.login]);
    await page.getByRole('heading', { name: LOGIN_HEADING }).waitFor();
    await hydrated(page);
    expect(await page.getByLabel('メールアドレス').inputValue()).toBe(seeker.email);
    expect(await page.getByLabel('パスワード').inputValue()).toBe('');
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(seeker.password);

    await page.getByLabel('パスワード').fill(seeker.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
    expect(loads).toEqual([routes.login, routes.login]);
  });

  it('reloads once only: a screen still missing after it shows a message and a way back (desktop)', async () => {
    const device = desktop;
    const seeker = await newJobSeeker('e2e-deploy-still-missing');
    const { page } = await chromium.newBrowser(device);
    // The OTP screen's code missing from the served build too (a broken deploy): the reload cannot help.
    await page.route(/\/assets\/OtpScreen-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
    const loads = pageLoads(page);

    await submitLogin(page, seeker.email, seeker.password);
    await page.getByRole('alert').filter({ hasText: LOAD_FAILURE }).waitFor();
    expect(loads).toEqual([routes.login, routes.otp]);

    await page.getByRole('link', { name: 'トップページに戻る' }).click();
    await page.getByRole('heading', { name: LOGIN_HEADING }).waitFor();
  });
});
