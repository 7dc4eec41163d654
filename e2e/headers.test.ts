import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTH_EMULATOR_ORIGIN } from '../scripts/lib/localConfig';
import { ports } from '../scripts/lib/ports';
import { APP_URL } from '../testing/apiClient';

// The response headers of every page, as Firebase Hosting serves the built app.
// The Vite dev server (npm start) sets none of them, so this file needs Hosting.
const onHosting = new URL(APP_URL).port === String(ports.hosting);

type Header = { key: string; value: string };
const readConfig = (name: string) =>
  JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')) as {
    hosting: { headers: { source: string; headers: Header[] }[] };
  };
const cspIn = (name: string) =>
  readConfig(name)
    .hosting.headers.flatMap((rule) => rule.headers)
    .find((header) => header.key === 'Content-Security-Policy')!.value;
const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('the production Content-Security-Policy (firebase.json)', () => {
  const csp = directives(cspIn('firebase.json'));

  it('runs only the app’s own scripts and styles, and no inline or eval’d code', () => {
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(cspIn('firebase.json')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('talks only to its own origin and Firebase Auth, and never to an emulator', () => {
    expect(csp['connect-src']).toEqual(["'self'", 'https://identitytoolkit.googleapis.com', 'https://securetoken.googleapis.com']);
    expect(cspIn('firebase.json')).not.toContain('127.0.0.1');
  });

  it('cannot be framed, rebased, posted elsewhere or embed plugins', () => {
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
  });
});

describe.skipIf(!onHosting)('response headers on Hosting', () => {
  const security = {
    'referrer-policy': 'strict-origin',
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };

  async function assetPath() {
    const html = await (await fetch(`${APP_URL}/`)).text();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html);
    expect(script, 'the built index.html loads a hashed script').not.toBeNull();
    return script![1]!;
  }

  it.each(['/', '/login', '/login/otp', '/settings/preferences', '/index.html', 'asset'])('%s has every security header', async (path) => {
    const response = await fetch(`${APP_URL}${path === 'asset' ? await assetPath() : path}`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(security)) expect(response.headers.get(name), name).toBe(value);
    // Locally the only difference from production: the page may reach the Auth emulator.
    const served = response.headers.get('content-security-policy')!;
    expect(served).toBe(cspIn('firebase.local.json'));
    expect(directives(served)['connect-src']).toEqual([...(directives(cspIn('firebase.json'))['connect-src'] ?? []), AUTH_EMULATOR_ORIGIN]);
    const permissions = response.headers.get('permissions-policy')!;
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
  });

  it('pages are revalidated at every visit, hashed assets are cached for a year', async () => {
    for (const page of ['/', '/login', '/index.html', '/settings/preferences']) {
      expect((await fetch(`${APP_URL}${page}`)).headers.get('cache-control'), page).toBe('no-cache');
    }
    expect((await fetch(`${APP_URL}${await assetPath()}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('the API keeps the private, uncached answers the functions give (so Hosting keeps Set-Cookie)', async () => {
    const response = await fetch(`${APP_URL}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});
