import type { JobSeekerStatus } from '@hellowork/contracts';
import { jobSeekerRef } from '../data/collections';
import type { JobSeekerRecord } from '../data/records';
import { toIso } from '../platform/firebase';
import { ApiError } from '../platform/http';

/** The 求職状態 as every screen shows it: 有効 only while active and before its 期限 (past it, 無効, as the manual says). */
export const jobSeekerStatusOf = ({ jobSeekerStatus: { active, validUntil } }: JobSeekerRecord, now = Date.now()): JobSeekerStatus => ({
  active: active && (validUntil === null || validUntil.toMillis() > now),
  validUntil: toIso(validUntil),
});

export async function readJobSeeker(uid: string): Promise<JobSeekerRecord> {
  const jobSeeker = (await jobSeekerRef(uid).get()).data();
  if (!jobSeeker) throw new ApiError('not-found');
  return jobSeeker;
}
