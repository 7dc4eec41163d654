import { isErrorCode, type ErrorCode } from '@hellowork/contracts';
import { TestBrowser } from '../../testing/apiClient';
import { readLoginLocks } from '../../testing/functionsData';
import { otpLogin, type Account } from './flows';
import { MailPoller } from './mailPoller';

/*
 * Under load: `count` different job seekers log in at once (right password,
 * then the mailed code), each request given up after 5 minutes so none is
 * left without an answer unseen (the wait for the mail is not bounded here). Afterwards every account's login guard is
 * read: an account that did nothing wrong must show no lock, no failure, and
 * must never have been answered with a lock or a mail limit.
 */

export const NO_ANSWER_AFTER_MS = 300_000;
const misfireCodes: ErrorCode[] = [
  'account-locked',
  'password-reset-required',
  'code-blocked',
  'code-reset-required',
  'code-mail-limit',
  'too-many-requests',
];

export type LoadFigures = {
  count: number;
  errors: string[];
  unanswered: number;
  misfires: string[];
  totalMs: number[];
  passwordStepMs: number[];
  appMs: number[];
  wallMs: number;
};

export async function measureLoad(accounts: Account[]): Promise<LoadFigures> {
  const mail = new MailPoller(250);
  const started = Date.now();
  const outcomes = await Promise.all(
    accounts.map((account) =>
      otpLogin(new TestBrowser(), account, mail, { timeoutMs: NO_ANSWER_AFTER_MS }).then(
        (timing) => ({ timing }),
        (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }),
      ),
    ),
  );
  const wallMs = Date.now() - started;
  const errors = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome.error.message.slice(0, 160)] : []));
  const unanswered = outcomes.filter((outcome) => 'error' in outcome && outcome.error.name === 'TimeoutError').length;
  const misfires = errors.filter((message) => {
    const code = /"code":"([^"]+)"/.exec(message)?.[1];
    return code !== undefined && isErrorCode(code) && misfireCodes.includes(code);
  });
  for (const account of accounts) {
    const locks = await readLoginLocks(account.email);
    if (locks.lockedUntil !== null || locks.untilReset || locks.inARow > 0) misfires.push(`${account.email}: ${JSON.stringify(locks)}`);
  }
  const timings = outcomes.flatMap((outcome) => ('timing' in outcome ? [outcome.timing] : []));
  return {
    count: accounts.length,
    errors,
    unanswered,
    misfires,
    totalMs: timings.map((timing) => timing.ms),
    passwordStepMs: timings.map((timing) => timing.passwordStepMs),
    appMs: timings.flatMap((timing) => timing.appMs).filter(Number.isFinite),
    wallMs,
  };
}
