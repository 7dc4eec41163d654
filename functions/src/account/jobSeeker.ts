import type { JobSeekerStatus } from '@hellowork/contracts';
import { jobSeekerRef } from '../data/collections';
import type { JobSeekerRecord } from '../data/records';
import { toIso, toTimestamp } from '../platform/firebase';
import { ApiError } from '../platform/http';

/** The 求職状態 as every screen shows it: 有効 only while active and before its 期限 (past it, 無効, as the manual says). */
export const jobSeekerStatusOf = ({ jobSeekerStatus: { active, validUntil } }: JobSeekerRecord, now = Date.now()): JobSeekerStatus => ({
  active: active && (validUntil === null || validUntil.toMillis() > now),
  validUntil: toIso(validUntil),
});

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The last moment (Japan time) of the month after next. */
function endOfMonthAfterNext(now: number): number {
  const japan = new Date(now + JST_OFFSET_MS);
  return Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() + 3, 1) - JST_OFFSET_MS - 1;
}

/** A job seeker's My Page record as an office registers them: 求職の有効期間 to the end of the month after next (原則). */
export const newJobSeekerRecord = (
  {
    email,
    displayName,
    officeName,
    jobSeekerNumber,
  }: Pick<JobSeekerRecord, 'email' | 'displayName' | 'officeName'> & { jobSeekerNumber: string },
  now: number,
): JobSeekerRecord => ({
  email,
  displayName,
  officeName,
  jobSeekerNumber,
  jobSeekerStatus: { active: true, validUntil: toTimestamp(endOfMonthAfterNext(now)) },
  newMessageCount: 0,
  referralJobs: { total: 0, latest: [] },
});

export async function readJobSeeker(uid: string): Promise<JobSeekerRecord> {
  const jobSeeker = (await jobSeekerRef(uid).get()).data();
  if (!jobSeeker) throw new ApiError('not-found');
  return jobSeeker;
}
