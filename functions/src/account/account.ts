import type { Timestamp } from 'firebase-admin/firestore';
import type { SecondFactor } from '@hellowork/contracts';
import { db, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';
import { createSessionToken } from '../platform/session';

/** users/{uid}: the job seeker's My Page record (the login itself lives in Firebase Auth). */
export type AccountRecord = {
  email: string;
  displayName: string;
  officeName: string;
  jobSeekerStatus: { active: boolean; validUntil: Timestamp | null };
  newMessageCount: number;
  referralJobs: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
  lastLoginAt?: Timestamp;
  previousLoginAt?: Timestamp;
};

/** Every job seeker's record (also listed by the local tester console). */
export const accountCollection = db.collection('users');
export const accountRef = (uid: string) => accountCollection.doc(uid);

export async function readAccount(uid: string): Promise<AccountRecord> {
  const account = (await accountRef(uid).get()).data() as AccountRecord | undefined;
  if (!account) throw new ApiError('not-found');
  return account;
}

/**
 * Both steps passed: remembers when (so the next home shows 前回のログイン日時)
 * and returns the custom token that signs the browser in.
 */
export async function completeLogin(uid: string, secondFactor: SecondFactor, now = Date.now()) {
  const account = await readAccount(uid);
  await accountRef(uid).update({
    previousLoginAt: account.lastLoginAt ?? null,
    lastLoginAt: toTimestamp(now),
  });
  return { account, customToken: await createSessionToken(uid, secondFactor) };
}
