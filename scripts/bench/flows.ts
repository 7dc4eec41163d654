import type { LoginResponse, VerifyOtpResponse } from '@hellowork/contracts';
import { identityToolkitAnswer, idTokenFor, TestBrowser } from '../../testing/apiClient';
import type { MailPoller } from './mailPoller';
import { appDuration, timed } from './stats';

/*
 * The logins the bench measures, each as the browser does it: the calls to
 * /api/<function> on the app's origin, then the custom-token sign-in at the
 * Auth emulator. Each returns its time, and what the functions said of their own.
 */

export type Account = { email: string; password: string };
export type Timing = { ms: number; appMs: number[] };

/** The floor of this design: a function that does nothing (login refuses an empty body) … */
export async function emptyCall(browser: TestBrowser): Promise<Timing> {
  const { result, ms } = await timed(() => browser.call('login', {}));
  if (result.status !== 400) throw new Error(`empty login: ${result.status} ${result.text}`);
  return { ms, appMs: [appDuration(browser.serverTiming) ?? Number.NaN] };
}

/** … plus the custom-token sign-in every login ends with. */
export async function customTokenSignIn(customToken: string): Promise<Timing> {
  const { ms } = await timed(() => idTokenFor(customToken));
  return { ms, appMs: [] };
}

/** Firebase Auth's own password sign-in (REST), for reference: what a bare Firebase login costs here. */
export async function restPasswordSignIn(email: string, password: string): Promise<Timing> {
  const { result, ms } = await timed(() => identityToolkitAnswer('signInWithPassword', { email, password }));
  if (result.status !== 200) throw new Error(`signInWithPassword: ${JSON.stringify(result.body)}`);
  return { ms, appMs: [] };
}

/** A login from a browser that holds this account's trust: password, then straight in. */
export async function trustedLogin(browser: TestBrowser, account: Account): Promise<Timing> {
  let appMs = Number.NaN;
  const { ms } = await timed(async () => {
    const login = await browser.login(account.email, account.password);
    appMs = appDuration(browser.serverTiming) ?? Number.NaN;
    const body = login.body as LoginResponse;
    if (login.status !== 200 || body.status !== 'signed-in') throw new Error(`trusted login: ${login.status} ${login.text}`);
    await idTokenFor(body.customToken);
  });
  return { ms, appMs: [appMs] };
}

const signalFor = (timeoutMs: number | undefined) => (timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs));

export type OtpTiming = Timing & { mailMs: number; passwordStepMs: number };

/**
 * A login with the mailed code: password, the code from MailDev, verifyOtp
 * (trusting the browser if asked), sign-in. `mailMs` is the wait for the mail
 * after the password step answered; each call is given up after `timeoutMs`,
 * so none is left without an answer unseen.
 */
export async function otpLogin(
  browser: TestBrowser,
  account: Account,
  mail: MailPoller,
  options: { trust?: boolean; timeoutMs?: number } = {},
): Promise<OtpTiming> {
  const mailbox = await mail.watch(account.email);
  const appMs: number[] = [];
  let mailMs = 0;
  let passwordStepMs = 0;
  const { ms } = await timed(async () => {
    const { result: login, ms: loginMs } = await timed(() =>
      browser.call('login', { email: account.email, password: account.password }, { signal: signalFor(options.timeoutMs) }),
    );
    passwordStepMs = loginMs;
    appMs.push(appDuration(browser.serverTiming) ?? Number.NaN);
    const body = login.body as LoginResponse;
    if (login.status !== 200 || body.status !== 'otp-required') throw new Error(`login: ${login.status} ${login.text}`);
    const { result: code, ms: waited } = await timed(() => mailbox.next());
    mailMs = waited;
    const verified = await browser.call(
      'verifyOtp',
      { verificationId: body.verificationId, code, trustThisBrowser: options.trust ?? false },
      { signal: signalFor(options.timeoutMs) },
    );
    appMs.push(appDuration(browser.serverTiming) ?? Number.NaN);
    if (verified.status !== 200) throw new Error(`verifyOtp: ${verified.status} ${verified.text}`);
    await idTokenFor((verified.body as VerifyOtpResponse).customToken);
  });
  return { ms, appMs, mailMs, passwordStepMs };
}
