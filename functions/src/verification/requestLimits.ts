import { FieldValue } from 'firebase-admin/firestore';
import { CODE_MAX_WRONG_BEFORE_RESET, DAY_MS, type ErrorCode } from '@hellowork/contracts';
import type { VerificationType } from '../data/records';
import { firestore, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import type { WrongCodeCount } from './verificationLimits';

/*
 * The limits of a code bound to the request that asked for it (a reset code; decision 0018): besides its own
 * 10 entries (verification.ts), its wrong entries count toward its requester, the client that asked for that
 * address, and never toward the account, so nobody's guesses keep the holder's own request out. NIST SP
 * 800-63B-4 §3.2.2's 100 consecutive failures hold per requester: at 100 wrong in a row it may check no code
 * and ask for none; a right code ends the row. The record goes a day after its last write (TTL).
 */

/** Codes whose limits are their requester's: reset codes, which anyone who knows the address can ask for. */
export const boundToRequest = (type: VerificationType) => type === 'password-reset';

const WRONG_IN_A_ROW = 'wrongCodesInARow';
const requesterRef = (path: string) => firestore().doc(path);

/** Refuses, with `refusal`, a requester whose wrong codes in a row reached 100. */
export async function assertRequesterMayGuess(requester: string, refusal: ErrorCode): Promise<void> {
  const record = (await requesterRef(requester).get()).data();
  if (((record?.[WRONG_IN_A_ROW] as number | undefined) ?? 0) >= CODE_MAX_WRONG_BEFORE_RESET) throw new ApiError(refusal);
}

/** One checked wrong code of the requester's (none for a code asked for before requesters were kept): it blocks nothing. */
export async function countRequesterWrongCode(requester: string | null, now: number): Promise<WrongCodeCount> {
  if (requester)
    await requesterRef(requester).set({ [WRONG_IN_A_ROW]: FieldValue.increment(1), deleteAt: toTimestamp(now + DAY_MS) }, { merge: true });
  return { block: null, warns: false, blockedUntil: null };
}

/** A right code: the requester's wrong ones are no longer in a row. */
export const endRequesterRow = (requester: string) => requesterRef(requester).set({ [WRONG_IN_A_ROW]: 0 }, { merge: true });
