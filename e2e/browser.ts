import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { APP_URL } from '../testing/apiClient';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';

/** Debian's Chromium: a test tool's own browser download cannot work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A Japanese browser, as a job seeker's is: the contexts' locale sets the page's language, but date inputs
 * (生年月日) take their format from the browser's own, which Chromium on Linux reads from the environment
 * (with Debian's chromium-l10n installed; without it they show mm/dd/yyyy).
 */
const JAPANESE = { LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' };

/**
 * The two ways job seekers meet the product. Every screen is checked at both (checkScreen); the journeys where the
 * device changes what the job seeker does (touch, the phone's first screen) run on both, and the others on one each.
 */
export const devices = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
] as const;
export type Device = (typeof devices)[number];
export const [desktop, phone] = devices;

/** 200% zoom of the desktop window: the same page laid out in half the CSS pixels. */
const ZOOMED_200 = { width: 640, height: 400 };
const MIN_TOUCH_TARGET = 44;
export const SITE_TITLE = '求職者マイページ | ハローワーク インターネットサービス';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Where checkScreen saves its screenshots: .stack/screenshots/ (ignored by git), so a test
 * run leaves the tree as it was; `npm run screenshots` writes docs/product-rules.md's, docs/screenshots/.
 */
const SCREENSHOTS = fileURLToPath(new URL(`../${process.env.SCREENSHOTS_DIR ?? '.stack/screenshots'}/`, import.meta.url));
const FAILURES = fileURLToPath(new URL('../.stack/failures/', import.meta.url));

/**
 * One Chromium for a test file; each test opens browsers (contexts) of its
 * own. Every page reports the Content-Security-Policy violations the browser
 * sees; a test that met any fails, and its browsers are closed after it.
 */
export function useChromium() {
  let browser: Browser | undefined;
  let opened: BrowserContext[] = [];
  let cspViolations: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, env: { ...process.env, ...JAPANESE } });
  });
  afterEach(async ({ task }) => {
    const violations = cspViolations;
    cspViolations = [];
    if (task.result?.state === 'fail') await recordFailure(task.name, opened);
    await Promise.all(opened.map((context) => context.close()));
    opened = [];
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A fresh browser profile on that device: its own cookies and session storage; `javaScript: false` blocks every script. */
    async newBrowser(device: Device = devices[0], { javaScript = true } = {}): Promise<{ context: BrowserContext; page: Page }> {
      const { viewport, deviceScaleFactor, isMobile, hasTouch } = device;
      const context = await browser!.newContext({
        javaScriptEnabled: javaScript,
        viewport,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        baseURL: APP_URL,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
      });
      opened.push(context);
      await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
        cspViolations.push(line);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (line: string) => Promise<void> }).__reportCspViolation;
          void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      return { context, page };
    },
  };
}

/** Where a failed journey left each of its pages: the address and alerts in the log, a screenshot in .stack/failures/. */
async function recordFailure(test: string, contexts: BrowserContext[]) {
  mkdirSync(FAILURES, { recursive: true });
  const pages = contexts.flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const file = `${FAILURES}${test.replace(/[^\w]+/g, '-').slice(0, 80)}-${index}.png`;
    const alerts = await page
      .getByRole('alert')
      .allTextContents()
      .catch(() => []);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`[${test}] page ${index}: ${page.url()}; alerts: ${JSON.stringify(alerts)}; ${file}`);
  }
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core over the page as it is now (WCAG 2.x A/AA and best practice): the serious and critical findings. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test tool, not added as a <script>: the page's CSP rightly refuses inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const horizontalOverflow = (page: Page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/** Controls a finger must hit on the phone that are smaller than 44×44 CSS px (inline text links are exempt). */
async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a.button-link, nav a, input:not([type=checkbox]):not([type=radio]), select, textarea, label:has(input[type=checkbox])',
    );
    const small: string[] = [];
    for (const target of Array.from(targets)) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (box.width < min || box.height < min) {
        small.push(
          `${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, MIN_TOUCH_TARGET);
}

/**
 * What every screen and every dialog state must give every job seeker, checked
 * where the journey meets it, at both sizes whichever device the journey runs on
 * (the layout follows the window's width alone): a title naming it, lang="ja",
 * no serious or critical axe finding, no sideways scrolling (at the phone's width,
 * and at the desktop's also at 200% zoom), and at the phone's width, controls big
 * enough for a finger. With `screenshot`, saves <SCREENSHOTS>/<screenshot>-<size>.png
 * at each size: the full page, however long (the window, with a dialog open).
 */
export async function checkScreen(page: Page, device: Device, screen: { title: string; screenshot?: string }) {
  expect(await page.title()).toBe(`${screen.title} | ${SITE_TITLE}`);
  expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  expect(await seriousAxeViolations(page), `axe on ${screen.title} (${device.name})`).toEqual([]);
  for (const size of [device, ...devices.filter((other) => other !== device)]) {
    await resizeWindow(page, size.viewport);
    if (screen.screenshot) {
      await page.evaluate(() => document.fonts.ready);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({
        path: `${SCREENSHOTS}${screen.screenshot}-${size.name}.png`,
        scale: 'css',
        // A modal's backdrop covers the window, not a page taller than it: a dialog is shown as the window shows it.
        fullPage: (await page.getByRole('dialog').count()) === 0,
        animations: 'disabled',
        caret: 'hide',
      });
    }
    expect(await horizontalOverflow(page), `horizontal overflow on ${screen.title} (${size.name})`).toBe(0);
    if (size.hasTouch) {
      expect(await smallTouchTargets(page), `touch targets on ${screen.title}`).toEqual([]);
    } else {
      await resizeWindow(page, ZOOMED_200);
      expect(await horizontalOverflow(page), `horizontal overflow on ${screen.title} at 200% zoom`).toBe(0);
    }
  }
  await resizeWindow(page, device.viewport);
}

/** A new window size, once the page has been laid out and painted at it: a screenshot right after a resize can catch a half-painted frame. */
async function resizeWindow(page: Page, size: { width: number; height: number }) {
  const current = page.viewportSize();
  if (current?.width === size.width && current.height === size.height) return;
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Until React runs the page's form: the app's scripts have arrived and hydrated the prerendered HTML. */
export const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const form = document.querySelector('form');
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps$'));
  });

/** Steps ②③: the job seeker types the address and password and clicks ログイン. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Steps ②–⑤ up to the OTP screen, returning the code from the mail as MailDev shows it. */
export async function loginUntilOtp(page: Page, email: string, password: string): Promise<string> {
  const mailbox = await watchMailbox(email);
  await submitLogin(page, email, password);
  await page.getByRole('heading', { name: 'ワンタイムパスワード入力' }).waitFor();
  return mailedCodeIn(await mailbox.next());
}

/** Steps ②–⑦ choosing to skip the OTP next time, confirmed with OK in the dialog. */
export async function loginAndTrustThisBrowser(page: Page, email: string, password: string) {
  const code = await loginUntilOtp(page, email, password);
  await otpInput(page).fill(code);
  await skipOtpCheckbox(page).check();
  await page.getByRole('button', { name: '送信' }).click();
  await page.getByRole('dialog', { name: 'ワンタイムパスワード省略設定確認' }).getByRole('button', { name: 'OK' }).click();
  await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
}

/** 求職者情報・設定 → 各種設定, as the manual's ①② show. */
export async function openVariousSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '求職者情報・設定' }).click();
  await page.getByRole('heading', { name: '求職者情報・設定' }).waitFor();
  await page.getByRole('link', { name: '各種設定' }).click();
  await page.getByRole('heading', { name: '各種設定', exact: true }).waitFor();
}

export const otpInput = (page: Page) => page.getByRole('textbox', { name: 'ワンタイムパスワード' });
export const skipOtpCheckbox = (page: Page) =>
  page.getByRole('checkbox', { name: /次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する/ });
export const trustedDevicePresence = (page: Page) => page.getByTestId('trusted-device-presence');

/** From the OTP screen on: the code from the mail, then ホーム. */
export async function finishLogin(page: Page, code: string) {
  await otpInput(page).fill(code);
  await page.getByRole('button', { name: '送信' }).click();
  await page.getByRole('heading', { name: '求職者マイページホーム' }).waitFor();
}

/** A form's new password, typed twice. */
export async function fillNewPassword(page: Page, password: string) {
  await page.getByLabel('新しいパスワード', { exact: true }).fill(password);
  await page.getByLabel('新しいパスワード(確認)').fill(password);
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();
}
