import type { Timestamp } from 'firebase-admin/firestore';
import { paths, typed } from '../platform/collections';
import { db } from '../platform/firebase';
import { ApiError } from '../platform/http';

/** users/{uid}: the job seeker's My Page record, and the address every code and notice is mailed to. */
export type AccountRecord = {
  email: string;
  displayName: string;
  officeName: string;
  jobSeekerStatus: { active: boolean; validUntil: Timestamp | null };
  newMessageCount: number;
  referralJobs: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

export const accountRef = (uid: string) => db.collection(paths.users).withConverter(typed<AccountRecord>()).doc(uid);

export async function readAccount(uid: string): Promise<AccountRecord> {
  const account = (await accountRef(uid).get()).data();
  if (!account) throw new ApiError('not-found');
  return account;
}
