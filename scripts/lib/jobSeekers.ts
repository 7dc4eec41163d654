import { initializeApp, getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { emulatorEnv, PROJECT_ID } from './ports';

/*
 * Job seekers as the product stores them: a Firebase Auth account for the
 * login and a users/{uid} My Page record. Used for the demo data and by tests
 * that need an account of their own.
 */

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
  const existing = await auth.getUserByEmail(seeker.email).catch(() => null);
  if (existing) await auth.deleteUser(existing.uid);
  const { uid } = await auth.createUser({ email: seeker.email, password: seeker.password, emailVerified: true });
  const userDoc = getFirestore(app).collection('users').doc(uid);
  const trusted = await userDoc.collection('trustedDevices').get();
  await Promise.all([...trusted.docs.map((doc) => doc.ref.delete()), userDoc.delete()]);
  // Deleted first: the embedded Firestore's set() merges into what was there.
  await userDoc.set({
    email: seeker.email,
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
