import type { Timestamp } from 'firebase-admin/firestore';
import type { JobSeekerStatus } from '@hellowork/contracts';
import { paths, typed } from '../platform/collections';
import { db, toIso } from '../platform/firebase';
import { ApiError } from '../platform/http';

/** users/{uid}: the job seeker's My Page record, and the address every code and notice is mailed to. */
export type AccountRecord = {
  email: string;
  displayName: string;
  officeName: string;
  /** As the 求職受付票 prints it (13010-12345671); shown, never used to sign in. */
  jobSeekerNumber?: string;
  /** active turns false at 求職の取消; only a Hello Work office turns it back. */
  jobSeekerStatus: { active: boolean; validUntil: Timestamp | null; cancelledAt?: Timestamp };
  newMessageCount: number;
  referralJobs: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

export const accountRef = (uid: string) => db.collection(paths.users).withConverter(typed<AccountRecord>()).doc(uid);

/** The 求職状態 as every screen shows it: 有効 only while active and before its 期限 (past it, 無効, as the manual says). */
export const jobSeekerStatusOf = ({ jobSeekerStatus: { active, validUntil } }: AccountRecord, now = Date.now()): JobSeekerStatus => ({
  active: active && (validUntil === null || validUntil.toMillis() > now),
  validUntil: toIso(validUntil),
});

export async function readAccount(uid: string): Promise<AccountRecord> {
  const account = (await accountRef(uid).get()).data();
  if (!account) throw new ApiError('not-found');
  return account;
}
