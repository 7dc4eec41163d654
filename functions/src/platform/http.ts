import { onRequest, type HttpsOptions, type Request } from 'firebase-functions/https';
import { logger } from 'firebase-functions';
import type { Response } from 'express';
import type { z, ApiErrorBody, ApiFunctionName, ApiResponse, ErrorCode } from '@hellowork/contracts';
import { api, errorMessages } from '@hellowork/contracts';
import { hashKey, smtpUrl } from './config';
import { REGION } from './region';

const statusOf: Record<ErrorCode, number> = {
  'invalid-argument': 400,
  'invalid-credentials': 401,
  'account-locked': 423,
  'password-reset-required': 423,
  'code-blocked': 429,
  'code-reset-required': 423,
  'identity-busy': 429,
  'cancel-code-wrong': 404,
  'code-mail-limit': 429,
  'mail-unavailable': 503,
  'code-wrong': 400,
  'code-expired': 410,
  'code-exhausted': 410,
  'code-used': 410,
  'code-superseded': 410,
  unauthenticated: 401,
  'session-expired': 401,
  'session-idle': 401,
  'second-factor-required': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-many-requests': 429,
  internal: 500,
  'password-too-common': 400,
  'password-same-as-email': 400,
  'password-same-as-current': 400,
  'current-password-wrong': 400,
  'password-reset-mail-limit': 429,
  'identity-mismatch': 401,
  'identity-locked': 423,
  'email-same-as-current': 400,
  'email-unavailable': 409,
  'account-changed': 409,
};

/**
 * How Cloud Functions runs an instance of a function, worked out for a peak of
 * 200 logins a second in docs/performance.md "Capacity on Cloud Functions". A function that
 * hashes no password waits on Firestore most of its ~10–70 ms: a whole vCPU
 * (below one, Cloud Run allows no concurrency) shares itself among 80 requests
 * in 256 MiB; 10 instances are 3× what the peak needs of verifyOtp or the home.
 * Functions that hash passwords (the API table's `hashesPassword`) take `hashingFunction`.
 */
export type Sizing = Required<Pick<HttpsOptions, 'cpu' | 'memory' | 'concurrency' | 'maxInstances'>>;
export const lightFunction: Sizing = { cpu: 1, memory: '256MiB', concurrency: 80, maxInstances: 10 };
/**
 * An instance of a function that hashes passwords (login, password change,
 * reset, re-registration, address change), from docs/performance.md
 * "Capacity": one vCPU; 2 × 64 MiB of hashes (passwords/passwordHash.ts) beside
 * Node's ~150 MiB in 512 MiB; 16 requests at once, since a login now spends
 * most of its time waiting on Firestore, not hashing; 30 instances carry 200
 * logins a second.
 */
export const hashingFunction: Sizing = { cpu: 1, memory: '512MiB', concurrency: 16, maxInstances: 30 };

/**
 * The functions' own service account (`name@` is the CLI's short form of name@<project>.iam.gserviceaccount.com),
 * with only the roles scripts/deploy/provision.sh gives it, instead of the broad default compute account.
 */
export const RUNTIME_SERVICE_ACCOUNT = 'hellowork-functions@';
/** A refusal the caller is meant to see: a code from the contract and its Japanese message. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: { remainingAttempts?: number } = {},
  ) {
    super(code);
  }
}

/**
 * Nothing runs after the answer: Cloud Functions may throttle an instance's CPU
 * once it has answered. Work that must not shape the answer (a refusal's audit
 * line, written only for known accounts) goes to a task queue before it
 * (followUps/), every time, so known and unknown accounts take the same path.
 */
export type ApiContext = { req: Request; res: Response };

function sendError(res: Response, error: ApiError) {
  const body: ApiErrorBody = { error: { code: error.code, message: errorMessages[error.code], ...error.details } };
  res.status(statusOf[error.code]).json(body);
}

function parseBody(req: Request): unknown {
  // Our own parse of the raw bytes, so a malformed body is a 400 with a code,
  // not a framework error page.
  if (!req.is('application/json')) throw new ApiError('invalid-argument');
  if (req.body !== undefined && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) return req.body;
  try {
    return JSON.parse((req.rawBody as Buffer | undefined)?.toString('utf8') || '{}');
  } catch {
    throw new ApiError('invalid-argument');
  }
}

/** Set by the Functions emulator in every worker it runs; never on Cloud Functions. */
const ON_LOCAL_STACK = process.env.FUNCTIONS_EMULATOR === 'true';

/**
 * One function of the API table (contracts' `api`), reached by the browser at
 * /api/<name> on the page's own origin, taking the table's request and giving
 * its answer. POST with a JSON body only: a cross-site form cannot send that
 * without a CORS preflight, which these endpoints never grant. Export it
 * under the same name from index.ts.
 */
export function apiFunction<Name extends ApiFunctionName>(
  name: Name,
  handler: (input: z.output<(typeof api)[Name]['request']>, context: ApiContext) => Promise<ApiResponse<Name>>,
) {
  const { request: schema, hashesPassword } = api[name];
  const sizing = hashesPassword ? hashingFunction : lightFunction;
  return onRequest(
    { region: REGION, ...sizing, secrets: [hashKey, smtpUrl], serviceAccount: RUNTIME_SERVICE_ACCOUNT, cors: false },
    async (req, res) => {
      // private: Hosting (and its emulator) drops Set-Cookie from any response it could cache.
      res.set('Cache-Control', 'private, no-store');
      // On the local stack only: the function's own time to its answer, apart from the
      // emulator's queueing in front of it, so the bench can tell which part is ours.
      // Deployed, it would time every answer to 0.1 ms for anyone, finer than any
      // clock across the internet, and show whatever one path reads more than another.
      const started = performance.now();
      const stampTime = ON_LOCAL_STACK
        ? () => res.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`)
        : () => undefined;
      await answer(req, res, { req, res }, stampTime);
    },
  );

  async function answer(req: Request, res: Response, context: ApiContext, stampTime: () => void) {
    try {
      if (req.method !== 'POST') throw new ApiError('method-not-allowed');
      if (req.get('sec-fetch-site') === 'cross-site') throw new ApiError('method-not-allowed');
      const parsed = schema.safeParse(parseBody(req));
      if (!parsed.success) throw new ApiError('invalid-argument');
      const result = await handler(parsed.data as z.output<(typeof api)[Name]['request']>, context);
      stampTime();
      res.status(200).json(result);
    } catch (error) {
      stampTime();
      if (error instanceof ApiError) return sendError(res, error);
      logger.error('Unexpected failure', error);
      sendError(res, new ApiError('internal'));
    }
  }
}
