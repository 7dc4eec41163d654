import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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
 * Run in the page before its own script: records when the login form is usable
 * (the password field and the enabled ログイン button are in the page, rendered
 * by React and so wired) and the largest contentful paint. A string, not a
 * function: tsx would add helpers of its own to a function's source.
 */
const WATCH_LOGIN_FORM = `
  const bench = { usable: 0, lcp: 0 };
  window.__bench = bench;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.lcp = entry.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    const button = document.querySelector('form button[type="submit"]');
    if (!bench.usable && button && !button.disabled && document.querySelector('form input[autocomplete="current-password"]')) {
      bench.usable = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
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

/** web/dist as Hosting serves it: brotli when the browser takes it, index.html for every route. */
function serve(assets: Map<string, Asset>) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const asset = assets.get(path) ?? assets.get('/index.html')!;
    const name = assets.has(path) ? path : '/index.html';
    const brotli = /\bbr\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
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

export type PageFigures = {
  loginJs: Weight;
  loginCss: Weight;
  afterLoginJs: Weight;
  afterLoginCss: Weight;
  usableMs: number[];
  lcpMs: number[];
};

/** `loads` first loads of /login, each in a fresh profile (nothing cached). */
export async function measurePage(loads: number): Promise<PageFigures> {
  const assets = loadAssets();
  const site = await serve(assets);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const usableMs: number[] = [];
  const lcpMs: number[] = [];
  const fetched = new Set<string>();
  try {
    for (let load = 0; load < loads; load += 1) {
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
      await page.goto(`${site.url}/login`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __bench: { usable: number } }).__bench.usable > 0, null, {
        timeout: 60_000,
        polling: 100,
      });
      await page.waitForLoadState('networkidle');
      const figures = await page.evaluate(() => (window as unknown as { __bench: { usable: number; lcp: number } }).__bench);
      usableMs.push(figures.usable);
      lcpMs.push(figures.lcp);
      await context.close();
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
    usableMs,
    lcpMs,
  };
}
