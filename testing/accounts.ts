import { randomBytes } from 'node:crypto';
import { PASSWORD_RESET_MAIL_SUBJECT } from '@hellowork/contracts';
import { TestBrowser } from './apiClient';
import { DEMO_PASSWORD, newJobSeekerNumber } from './demoData';
import { createJobSeeker } from './jobSeekers';
import { mailedCodeIn, watchMailbox } from './mailbox';

/** A job seeker of the test's own, so tests never share lockouts, codes or mails. */
export async function newJobSeeker(name = 'test', { email = `${name}-${randomBytes(5).toString('hex')}@example.jp` } = {}) {
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

/** パスワードをお忘れの方 as the holder starts it: the address, then the code from the mail. */
export async function resetCodeFor(email: string): Promise<{ verificationId: string; code: string }> {
  const mailbox = await watchMailbox(email);
  const answer = await new TestBrowser().call('requestPasswordReset', { email });
  if (answer.status !== 200) throw new Error(`requestPasswordReset answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const { verificationId } = answer.body as { verificationId: string };
  return { verificationId, code: mailedCodeIn(await mailbox.next(PASSWORD_RESET_MAIL_SUBJECT)) };
}
