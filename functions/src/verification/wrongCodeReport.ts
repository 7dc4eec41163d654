import { enqueueFollowUp } from '../followUps/queue';
import type { WrongCodeOutcome } from './verification';

/**
 * What a checked wrong code of any purpose leaves behind: its line in ログイン履歴
 * and, once per block, the notice to the holder. Queued for every code alike
 * (followUps.ts), also a reset code of an address without an account, so the
 * answer's timing tells nothing.
 */
export const reportWrongCode = (userAgent: string | undefined, now: number) => (uid: string, outcome: WrongCodeOutcome) =>
  enqueueFollowUp({ kind: 'wrong-code', uid, outcome, userAgent: userAgent ?? null, now });
