import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { HOST } from '../lib/ports';

/*
 * Page weight and first load of the production build (web/dist): what the
 * login screen needs is what Chromium fetches to show it; the rest of
 * dist/assets is what loads only after login. First load on Lighthouse's
 * mobile profile: 390×844, 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU
 * slowed 4× (the same figures through the DevTools protocol, per request).
 */

const DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const MOBILE = { width: 390, height: 844, rttMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };

/**
 * What the login page may weigh, gzip: the test line fails past it (pageBudget.test.ts). It is today's weight
 * with a little room, so it cannot creep; the target (issue 22) is higher and the bench says whether it is met.
 * Raised on 2026-12-06: JavaScript from 108 KiB (measured 108.2 KiB), for the reload once after a deploy and the
 * address kept across it (app/newBuild.ts, lib/tabStorage.ts); CSS from 1.7 KiB (measured 1,747 bytes), for the
 * one-row site header on a phone, which the login page shares. The help's and My Page's own rules load with
 * their screens (features/help/help.css, features/myPage/myPage.css), not here.
 */
export const LOGIN_PAGE_BUDGET = { jsGzip: 110 * 1024, cssGzip: 1.8 * 1024 };
export const LOGIN_JS_TARGET_GZIP = 118 * 1024;

/** Where a job seeker opens the login: the address they type and bookmark, and the login's own. */
export const LOGIN_URLS = ['/', '/login'] as const;
export type LoginUrl = (typeof LOGIN_URLS)[number];

/**
 * Run in the page before its own script: records when the login form is shown
 * (the password field and the enabled ログイン button are in the page and the
 * page has painted: typeable, from the HTML alone when it was prerendered),
 * when React has hydrated it (its props are on the form, so a tap on ログイン
 * goes through the app), and the largest contentful paint. A string, not a
 * function: tsx would add helpers of its own to a function's source.
 */
const WATCH_LOGIN_FORM = `
  const bench = { inDom: 0, paint: 0, shown: 0, hydrated: 0, lcp: 0 };
  window.__bench = bench;
  const settle = () => { if (bench.inDom && bench.paint && !bench.shown) bench.shown = Math.max(bench.inDom, bench.paint); };
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.lcp = entry.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.paint = entry.startTime;
    settle();
  }).observe({ type: 'paint', buffered: true });
  const form = () => {
    const button = document.querySelector('form button[type="submit"]');
    return button && !button.disabled && document.querySelector('form input[autocomplete="current-password"]') ? button.form : null;
  };
  new MutationObserver(() => {
    if (!bench.inDom && form()) { bench.inDom = performance.now(); settle(); }
  }).observe(document, { childList: true, subtree: true });
  const poll = setInterval(() => {
    const found = form();
    if (found && Object.keys(found).some((key) => key.startsWith('__reactProps$'))) { bench.hydrated = performance.now(); clearInterval(poll); }
  }, 10);
`;

export type Weight = { files: number; raw: number; gzip: number; brotli: number };
type Asset = { raw: number; gzip: number; brotli: number; body: Buffer; br: Buffer };

function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else {
        const body = readFileSync(join(dir, entry.name));
        const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        assets.set(`/${prefix}${entry.name}`, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: br.length, body, br });
      }
    }
  };
  walk(DIST, '');
  return assets;
}

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

type Rewrite = { source: string; destination?: string };
type Headers = { source: string; headers: { key: string; value: string }[] };
const hosting = (
  JSON.parse(readFileSync(new URL('../../firebase.json', import.meta.url), 'utf8')) as {
    hosting: { rewrites: Rewrite[]; headers: Headers[] };
  }
).hosting;
const rewrites = hosting.rewrites.filter((rewrite): rewrite is Required<Rewrite> => rewrite.destination !== undefined);
/** The headers Hosting sends with every page (the CSP among them): Lighthouse's best practices read them. */
const siteHeaders = Object.fromEntries(
  hosting.headers.find((rule) => rule.source === '**')!.headers.map(({ key, value }) => [key.toLowerCase(), value]),
);

/** The file Hosting answers a path with: the file itself, `/` its index.html, else the first rewrite that matches. */
export function hostedFile(assets: Map<string, unknown>, path: string): string {
  if (assets.has(path)) return path;
  if (path === '/') return '/index.html';
  return rewrites.find((rewrite) => rewrite.source === '**' || rewrite.source === path)!.destination;
}

/** web/dist as Hosting serves it (firebase.json's rewrites): brotli when the browser takes it. */
function serve(assets: Map<string, Asset>) {
  const server = createServer((req, res) => {
    const name = hostedFile(assets, new URL(req.url ?? '/', 'http://x').pathname);
    const asset = assets.get(name)!;
    const brotli = /\bbr\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      ...siteHeaders,
      'content-type': types[extname(name)] ?? 'application/octet-stream',
      ...(brotli ? { 'content-encoding': 'br' } : {}),
    });
    res.end(brotli ? asset.br : asset.body);
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, HOST, () => resolve({ url: `http://${HOST}:${(server.address() as AddressInfo).port}`, close: () => server.close() })),
  );
}

const sum = (assets: Asset[]): Weight => ({
  files: assets.length,
  raw: assets.reduce((total, asset) => total + asset.raw, 0),
  gzip: assets.reduce((total, asset) => total + asset.gzip, 0),
  brotli: assets.reduce((total, asset) => total + asset.brotli, 0),
});

/** First loads of one address: when the login form was shown and when it was hydrated, and the LCP (ms). */
export type FirstLoads = { shownMs: number[]; hydratedMs: number[]; lcpMs: number[] };

export type PageFigures = {
  loginJs: Weight;
  loginCss: Weight;
  afterLoginJs: Weight;
  afterLoginCss: Weight;
  loads: Record<(typeof LOGIN_URLS)[number], FirstLoads>;
};

/** `loads` first loads of each login URL, taking turns, each in a fresh profile (nothing cached). */
export async function measurePage(loads: number): Promise<PageFigures> {
  const assets = loadAssets();
  const site = await serve(assets);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const figures = Object.fromEntries(LOGIN_URLS.map((url) => [url, { shownMs: [], hydratedMs: [], lcpMs: [] }])) as unknown as Record<
    (typeof LOGIN_URLS)[number],
    FirstLoads
  >;
  const fetched = new Set<string>();
  try {
    for (let load = 0; load < loads; load += 1) {
      for (const url of LOGIN_URLS) {
        const context = await browser.newContext({
          viewport: { width: MOBILE.width, height: MOBILE.height },
          deviceScaleFactor: 3,
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: MOBILE.rttMs,
          downloadThroughput: (MOBILE.downKbps * 1000) / 8,
          uploadThroughput: (MOBILE.upKbps * 1000) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
        await page.addInitScript(WATCH_LOGIN_FORM);
        await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
        type Bench = { shown: number; hydrated: number; lcp: number };
        await page.waitForFunction(
          () => {
            const bench = (window as unknown as { __bench: Bench }).__bench;
            return bench.shown > 0 && bench.hydrated > 0;
          },
          null,
          { timeout: 60_000, polling: 100 },
        );
        await page.waitForLoadState('networkidle');
        const bench = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
        figures[url].shownMs.push(bench.shown);
        figures[url].hydratedMs.push(bench.hydrated);
        figures[url].lcpMs.push(bench.lcp);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    site.close();
  }
  const of = (loaded: boolean, extension: string) =>
    [...assets]
      .filter(([path]) => path.startsWith('/assets/') && path.endsWith(extension) && fetched.has(path) === loaded)
      .map(([, asset]) => asset);
  return {
    loginJs: sum(of(true, '.js')),
    loginCss: sum(of(true, '.css')),
    afterLoginJs: sum(of(false, '.js')),
    afterLoginCss: sum(of(false, '.css')),
    loads: figures,
  };
}

/** Lighthouse's category scores (0–100) for one address. */
export type Audit = { performance: number; accessibility: number; bestPractices: number; metrics: string };

/**
 * Lighthouse (mobile, its default: simulated 150 ms RTT, 1.6 Mbps, CPU 4×) on
 * each of `urls` in the production build, served with Hosting's headers, in
 * Debian's Chromium reached through a debugging port.
 */
export async function auditLogin(urls: readonly LoginUrl[]): Promise<Audit[]> {
  const site = await serve(loadAssets());
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${port}`],
  });
  try {
    const audits: Audit[] = [];
    // A run that could not load the page (Lighthouse's runtimeError, e.g. NO_FCP on a machine busy with
    // other suites) has no scores: it is run again once, and a second such run stops the bench, named.
    const run = async (url: string, attemptsLeft = 2) => {
      const result = await lighthouse(
        `${site.url}${url}`,
        { port, logLevel: 'error', output: 'json' },
        { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility', 'best-practices'] } },
      );
      const error = result?.lhr.runtimeError;
      if (!error) return result;
      if (attemptsLeft > 1) return run(url, attemptsLeft - 1);
      throw new Error(`Lighthouse could not audit ${url}: ${error.code} ${error.message}`);
    };
    for (const url of urls) {
      const result = await run(url);
      const score = (id: string) => Math.round((result!.lhr.categories[id]!.score ?? 0) * 100);
      const metric = (id: string, name: string) => `${name} ${result!.lhr.audits[id]!.displayValue}`;
      audits.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        metrics: [
          metric('first-contentful-paint', 'FCP'),
          metric('largest-contentful-paint', 'LCP'),
          metric('total-blocking-time', 'TBT'),
          metric('speed-index', 'SI'),
        ].join(', '),
      });
    }
    return audits;
  } finally {
    await browser.close();
    site.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
