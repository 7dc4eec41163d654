import { logger } from 'firebase-functions';
import { webApiKey } from '../platform/config';
import { ApiError } from '../platform/http';

const identityToolkitBase = () => {
  const emulator = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  return emulator ? `http://${emulator}/identitytoolkit.googleapis.com` : 'https://identitytoolkit.googleapis.com';
};

/** Identity Toolkit's answers that mean "no such e-mail and password", told apart from nothing else. */
const wrongCredentials = new Set(['INVALID_PASSWORD', 'EMAIL_NOT_FOUND', 'INVALID_LOGIN_CREDENTIALS', 'INVALID_EMAIL']);

/**
 * Checks an e-mail and password against Firebase Auth. Returns the uid, or
 * null when they do not match an account (whichever of the two is wrong).
 */
export async function checkPassword(email: string, password: string): Promise<{ uid: string } | null> {
  const response = await fetch(`${identityToolkitBase()}/v1/accounts:signInWithPassword?key=${encodeURIComponent(webApiKey.value())}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, returnSecureToken: false }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as { localId?: string; error?: { message?: string } };
  if (response.ok && body.localId) return { uid: body.localId };
  const reason = body.error?.message?.split(' ')[0] ?? `HTTP ${response.status}`;
  if (wrongCredentials.has(reason)) return null;
  // A disabled account is refused like a wrong password: no hint that it exists.
  if (reason === 'USER_DISABLED') return null;
  if (reason === 'TOO_MANY_ATTEMPTS_TRY_LATER') throw new ApiError('too-many-requests');
  logger.error('Password check failed', { reason });
  throw new ApiError('internal');
}
