import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApiFunctionName, LoginResponse, VerifyOtpResponse } from '@hellowork/contracts';
import { HOST, ports, urls } from '../scripts/lib/ports';
import { mailedCodeIn, watchMailbox } from './mailbox';

/** Where the tests reach the product: the built app on the Hosting emulator unless told otherwise. */
export const APP_URL = process.env.APP_URL ?? urls.hosting;

export const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export type ApiAnswer<T = any> = { status: number; body: T; setCookie: string[]; text: string };

/** A trust cookie holding one entry, taken apart (`uid.deviceId.secret`) for a test to tamper with. */
export function trustEntryOf(cookie: string) {
  const [uid, deviceId, secret] = cookie.split('.');
  return { uid: uid!, deviceId: deviceId!, secret: secret! };
}

/**
 * A client address of IPv6's documentation range (2001:db8::/32), 64 random bits, new for each browser. Limits
 * count per client: a run makes thousands of browsers, and among the 131,072 addresses of IPv4's benchmarking
 * range two of them met often enough that one test's client started with another's wrong pairs counted.
 */
const newClientAddress = () => `2001:db8:${randomBytes(8).toString('hex').match(/.{4}/g)!.join(':')}::1`;

/**
 * One browser as the functions see it: its own user agent and its own
 * __session cookie, kept and sent back like a browser does on this origin,
 * and its own address, as Google's front end appends it to X-Forwarded-For:
 * tests side by side are different clients, as their job seekers would be.
 */
export class TestBrowser {
  session: string | undefined;
  readonly address = newClientAddress();
  /** The last answer's Server-Timing header: the function's own time, apart from the emulator's queueing. */
  serverTiming: string | null = null;
  constructor(
    readonly userAgent = CHROME_ON_WINDOWS,
    readonly appUrl = APP_URL,
  ) {}

  async call<T = any>(
    name: ApiFunctionName | (string & {}),
    body: unknown,
    init: { idToken?: string; headers?: Record<string, string>; raw?: string; signal?: AbortSignal } = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': this.userAgent,
      // The hop Google's front end appends (the local stack has none): the one clientAddress reads.
      'x-forwarded-for': this.address,
      ...init.headers,
    };
    if (this.session) headers.cookie = `__session=${this.session}`;
    if (init.idToken) headers.authorization = `Bearer ${init.idToken}`;
    const response = await fetch(`${this.appUrl}/api/${name}`, {
      method: 'POST',
      headers,
      body: init.raw ?? JSON.stringify(body),
      signal: init.signal,
    });
    this.serverTiming = response.headers.get('server-timing');
    const setCookie = response.headers.getSetCookie();
    const session = setCookie.map((cookie) => /^__session=([^;]*)/.exec(cookie)?.[1]).find(Boolean);
    if (session) this.session = session;
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the test looks at text
    }
    return { status: response.status, body: parsed as T, setCookie, text };
  }

  /** Answers are loosely typed on purpose: tests look at refusals as an attacker would. */
  login(email: string, password: string) {
    return this.call('login', { email, password });
  }

  verifyOtp(verificationId: string, code: string, trustThisBrowser = false) {
    return this.call('verifyOtp', {
      verificationId,
      code,
      trustThisBrowser,
    });
  }

  /** The whole login as a job seeker does it, reading the OTP from MailDev; returns an ID token. */
  async signIn(email: string, password: string, options: { trust?: boolean } = {}): Promise<string> {
    const mailbox = await watchMailbox(email);
    const login = await this.login(email, password);
    if (login.status !== 200) throw new Error(`login refused: ${login.text}`);
    const body = login.body as LoginResponse;
    if (body.status === 'signed-in') return idTokenFor(body.customToken);
    const code = mailedCodeIn(await mailbox.next());
    const verified = await this.verifyOtp(body.verificationId, code, options.trust ?? false);
    if (verified.status !== 200) throw new Error(`verifyOtp refused: ${verified.text}`);
    return idTokenFor((verified.body as VerifyOtpResponse).customToken);
  }
}

const authEmulator = `http://${HOST}:${ports.auth}/identitytoolkit.googleapis.com/v1`;
/** The API key every page ships (read from the web app's settings, as anyone reads it from the bundle). */
const pageApiKey = /^VITE_FIREBASE_API_KEY=(.+)$/m.exec(readFileSync(new URL('../web/.env.emulator', import.meta.url), 'utf8'))![1]!.trim();

/** One call of Firebase Auth's public REST API, as anyone holding the page's API key can make it; the answer as is. */
export async function identityToolkitAnswer(method: string, body: object): Promise<{ status: number; body: any }> {
  const response = await fetch(`${authEmulator}/accounts:${method}?key=${pageApiKey}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, returnSecureToken: true }),
  });
  return { status: response.status, body: await response.json() };
}

async function identityToolkit(method: string, body: object): Promise<{ idToken: string }> {
  const answer = await identityToolkitAnswer(method, body);
  if (answer.status !== 200) throw new Error(`${method}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** What the browser does with the custom token: exchange it for a Firebase ID token. */
export const idTokenFor = async (customToken: string) => (await identityToolkit('signInWithCustomToken', { token: customToken })).idToken;

/** An attacker's shortcut: a Firebase Auth account of their own from the public sign-up, no second factor. */
export const selfMadeIdToken = async (email = `self-${Date.now()}-${Math.random().toString(36).slice(2)}@example.jp`) =>
  (await identityToolkit('signUp', { email, password: 'Attacker#2025' })).idToken;

/** The claims a JWT carries (emulator tokens are unsigned; production ones are verified by the functions). */
export function claimsOf(jwt: string): Record<string, any> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}
