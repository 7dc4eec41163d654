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
  newMessageCount?: number;
  referralJobs?: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

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
