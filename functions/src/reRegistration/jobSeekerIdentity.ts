import { keyedHashWith } from '../platform/keyedHash';

/*
 * jobSeekerIdentities/{id}: how a 求職番号 finds its account for
 * アカウントを再登録, and a keyed hash of 求職番号 and 生年月日 that proves the
 * pair without keeping the birth date in clear. Free of the functions'
 * runtime: the demo loader and the tests write it.
 */

export type JobSeekerIdentityRecord = { uid: string; birthDateHash: string };

/** The 求職番号 as jobSeekerNumberSchema normalises it: 13 digits. */
export const jobSeekerIdentityIdWith = (key: string, jobSeekerNumber: string) => keyedHashWith(key, 'job-seeker-number', jobSeekerNumber);

/** birthDate as birthDateSchema accepts it: YYYY-MM-DD. */
export const birthDateHashWith = (key: string, jobSeekerNumber: string, birthDate: string) =>
  keyedHashWith(key, 'birth-date', `${jobSeekerNumber}:${birthDate}`);
