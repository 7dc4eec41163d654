import { SECOND_FACTOR_CLAIM, secondFactors, type SecondFactor } from '@hellowork/contracts';
import type { Request } from 'firebase-functions/https';
import { auth } from './firebase';
import { ApiError } from './http';

/**
 * The uid of a session that passed both steps. A session made by Firebase
 * Auth's password sign-in alone has no second-factor claim and is refused.
 */
export async function requireSecondFactor(req: Request): Promise<string> {
  const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!token) throw new ApiError('unauthenticated');
  let decoded;
  try {
    decoded = await auth.verifyIdToken(token);
  } catch {
    throw new ApiError('unauthenticated');
  }
  if (!secondFactors.includes(decoded[SECOND_FACTOR_CLAIM] as SecondFactor)) {
    throw new ApiError('second-factor-required');
  }
  return decoded.uid;
}

/** A Firebase custom token whose claim names the second factor that was passed. */
export const createSessionToken = (uid: string, secondFactor: SecondFactor) =>
  auth.createCustomToken(uid, { [SECOND_FACTOR_CLAIM]: secondFactor });
