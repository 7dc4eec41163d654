import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, newJobSeekerNumber } from './demoData';
import { createJobSeeker } from './jobSeekers';

/** A job seeker of the test's own, so tests never share lockouts, codes or mails. */
export async function newJobSeeker(name = 'test') {
  const email = `${name}-${randomBytes(5).toString('hex')}@example.jp`;
  const password = DEMO_PASSWORD;
  const jobSeekerNumber = newJobSeekerNumber();
  const birthDate = '1990-04-01';
  const uid = await createJobSeeker({
    email,
    password,
    displayName: '試験 利用者',
    officeName: '渋谷公共職業安定所',
    jobSeekerNumber,
    birthDate,
  });
  return { email, password, uid, jobSeekerNumber, birthDate };
}

/** An address that has no account. */
export const unknownAddress = () => `nobody-${randomBytes(5).toString('hex')}@example.jp`;
