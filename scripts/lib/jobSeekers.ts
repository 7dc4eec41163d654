import { readFileSync } from 'node:fs';
import { initializeApp, getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { emailSchema } from '@hellowork/contracts';
import { loginAccountIdWith, newLoginAccountRecord } from '../../functions/src/passwords/loginAccount';
import { paths } from '../../functions/src/platform/collections';
import { emulatorEnv, PROJECT_ID } from './ports';

/*
 * Job seekers as the product stores them: a loginAccounts record (login id →
 * uid and password hash, as the functions keep it), a users/{uid} My Page
 * record with the address codes go to, and a Firebase Auth user with a uid
 * only — no e-mail, no password — that carries the session after both steps.
 * Used for the demo data and by tests that need an account of their own.
 */

/** The LOGIN_HASH_KEY the local functions use (startStack writes it), so ids match theirs. */
export function localHashKey(): string {
  const file = new URL('../../functions/.secret.local', import.meta.url);
  const key = /^LOGIN_HASH_KEY=(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!key) throw new Error('functions/.secret.local has no LOGIN_HASH_KEY: start the stack first');
  return key.trim();
}

export type JobSeeker = {
  email: string;
  password: string;
  displayName: string;
  officeName: string;
  newMessageCount?: number;
  referralJobs?: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

export function adminApp() {
  Object.assign(process.env, emulatorEnv);
  return getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
}

/** Creates (or re-creates, fresh) a job seeker; returns the uid. */
export async function createJobSeeker(seeker: JobSeeker, now = Date.now()): Promise<string> {
  const app = adminApp();
  const auth = getAuth(app);
  const db = getFirestore(app);
  const loginId = emailSchema.parse(seeker.email);
  const accountRef = db.collection(paths.loginAccounts).doc(loginAccountIdWith(localHashKey(), loginId));
  const previous = (await accountRef.get()).data() as { uid: string } | undefined;
  if (previous) {
    await auth.deleteUser(previous.uid).catch(() => undefined);
    for (const path of [paths.trustedDevices(previous.uid), paths.sessions(previous.uid)]) {
      await Promise.all((await db.collection(path).get()).docs.map((doc) => doc.ref.delete()));
    }
    await Promise.all([db.collection(paths.users).doc(previous.uid).delete(), accountRef.delete()]);
  }
  const { uid } = await auth.createUser({});
  // Deleted first: the embedded Firestore's set() merges into what was there.
  await accountRef.set(await newLoginAccountRecord(uid, seeker.password, now));
  await db
    .collection(paths.users)
    .doc(uid)
    .set({
      email: loginId,
      displayName: seeker.displayName,
      officeName: seeker.officeName,
      // 求職の有効期間: 原則として登録から翌々月の末日
      jobSeekerStatus: { active: true, validUntil: Timestamp.fromMillis(endOfMonthAfterNext(now)) },
      newMessageCount: seeker.newMessageCount ?? 0,
      referralJobs: seeker.referralJobs ?? { total: 0, latest: [] },
    });
  return uid;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The last moment (Japan time) of the month after next. */
function endOfMonthAfterNext(now: number): number {
  const japan = new Date(now + JST_OFFSET_MS);
  return Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() + 3, 1) - JST_OFFSET_MS - 1;
}

export const DEMO_PASSWORD = 'Kyushoku#2025';

export const demoJobSeekers: JobSeeker[] = [
  {
    email: 'asu.yuki@example.jp',
    password: DEMO_PASSWORD,
    displayName: '明日 勇氣',
    officeName: '飯田橋公共職業安定所',
    newMessageCount: 2,
    referralJobs: {
      total: 11,
      latest: [
        { occupation: '介護士', title: '介護職員(特別養護老人ホーム)', employer: '社会福祉法人 いいだばし福祉会', count: 1 },
        { occupation: '一般事務', title: '一般事務(経理補助)', employer: '株式会社 神楽坂商事', count: 1 },
        { occupation: '調理師', title: '調理スタッフ(給食センター)', employer: '株式会社 九段フードサービス', count: 1 },
      ],
    },
  },
  { email: 'kensho.hanako@example.jp', password: DEMO_PASSWORD, displayName: '検証 花子', officeName: '新宿公共職業安定所' },
  { email: 'shiken.taro@example.jp', password: DEMO_PASSWORD, displayName: '試験 太郎', officeName: '渋谷公共職業安定所' },
];

export async function loadDemoData(): Promise<void> {
  for (const seeker of demoJobSeekers) await createJobSeeker(seeker);
}
