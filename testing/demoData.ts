import { randomInt } from 'node:crypto';
import { formatJobSeekerNumber } from '@hellowork/contracts';

/*
 * The demo job seekers npm start loads (and the tester console's reset
 * restores). Kept apart from the loader so that the scripts that only print
 * them do not load the Admin SDK.
 */

export type JobSeeker = {
  email: string;
  password: string;
  displayName: string;
  officeName: string;
  /** 求職番号 as the 求職受付票 prints it, and 生年月日 (YYYY-MM-DD): what アカウントを再登録 asks. */
  jobSeekerNumber: string;
  birthDate: string;
  newMessageCount?: number;
  referralJobs?: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

export const DEMO_PASSWORD = 'Kyushoku#2025';

/** A random 求職番号 of 13 digits for a new test or console job seeker (the first never 0, so all 13 are written). */
export const newJobSeekerNumber = () => formatJobSeekerNumber(String(randomInt(10 ** 12, 10 ** 13 - 1)));

export const demoJobSeekers: JobSeeker[] = [
  {
    email: 'asu.yuki@example.jp',
    password: DEMO_PASSWORD,
    displayName: '明日 勇氣',
    officeName: '飯田橋公共職業安定所',
    jobSeekerNumber: '13010-12345671',
    birthDate: '1990-04-01',
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
  {
    email: 'kensho.hanako@example.jp',
    password: DEMO_PASSWORD,
    displayName: '検証 花子',
    officeName: '新宿公共職業安定所',
    jobSeekerNumber: '13040-23456781',
    birthDate: '1985-11-23',
  },
  {
    email: 'shiken.taro@example.jp',
    password: DEMO_PASSWORD,
    displayName: '試験 太郎',
    officeName: '渋谷公共職業安定所',
    jobSeekerNumber: '13050-34567891',
    birthDate: '1998-07-07',
  },
];
