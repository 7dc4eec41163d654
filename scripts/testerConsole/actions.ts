import type { CollectionReference } from 'firebase-admin/firestore';
import {
  z,
  birthDateSchema,
  formatJobSeekerNumber,
  jobSeekerNumberSchema,
  LOCKOUT_MINUTES,
  loginRequestSchema,
  CODE_BLOCK_MINUTES,
  CODE_VALID_MINUTES,
  SESSION_IDLE_MINUTES,
  TRUSTED_DEVICE_MAX_DAYS,
} from '@hellowork/contracts';
import {
  passLockoutTime,
  passOtpTime,
  passSessionTime,
  passTrustedDeviceLockTime,
  passTrustedDeviceTime,
  passVerificationLimitTime,
} from '../../testing/clock';
import { demoJobSeekers } from '../../testing/demoData';
import {
  clearIdentityLock,
  endReRegistrationHold,
  clearPasswordLocks,
  collections,
  findIdentity,
  findLoginAccount,
  firestore,
  jobSeekerRef,
  jobSeekers,
  unlockTrustedDevices,
} from '../../testing/functionsData';
import { createJobSeeker, loadDemoData } from '../../testing/jobSeekers';
import { emulatorEnv, PROJECT_ID, urls } from '../lib/ports';

/*
 * What a tester can do to the stored state: the same code as the demo loader
 * (create), the functions' lockout module (unlock), the tests' clock (move
 * time). Each returns a Japanese line saying what it did, and the job seeker
 * it did it to, whom the page then shows.
 */

export class ActionError extends Error {}

export type Done = { text: string; seeker?: string };

/** The product's own login schema (address, password) plus what a job seeker record needs. */
export const newJobSeekerSchema = z.object({
  ...loginRequestSchema.shape,
  displayName: z.string().check(z.trim(), z.minLength(1, '氏名を入力してください。'), z.maxLength(50, '氏名が長すぎます。')),
  officeName: z.string().check(z.trim(), z.minLength(1, '安定所を入力してください。'), z.maxLength(50, '安定所名が長すぎます。')),
  jobSeekerNumber: jobSeekerNumberSchema,
  birthDate: birthDateSchema,
});

/** The 安定所 of the demo data, offered as choices (any other name can be typed). */
export const knownOffices = [...new Set(demoJobSeekers.map((seeker) => seeker.officeName))];

export async function createFromForm(form: Record<string, string>): Promise<Done> {
  const parsed = newJobSeekerSchema.safeParse(form);
  if (!parsed.success) throw new ActionError(parsed.error.issues.map((issue) => issue.message).join(' '));
  const seeker = parsed.data;
  if (await findLoginAccount(seeker.email)) {
    throw new ActionError(`${seeker.email} の求職者は既にいます。`);
  }
  if (await findIdentity(seeker.jobSeekerNumber)) {
    throw new ActionError(`求職番号 ${formatJobSeekerNumber(seeker.jobSeekerNumber)} の求職者は既にいます。`);
  }
  await createJobSeeker(seeker);
  return { text: `${seeker.displayName}(${seeker.email})を作成しました。`, seeker: seeker.email };
}

async function recordOf(uid: string) {
  const record = (await jobSeekerRef(uid).get()).data();
  if (!record?.email) throw new ActionError('その求職者は見つかりません。');
  return { email: record.email, jobSeekerNumber: record.jobSeekerNumber };
}
const emailOf = async (uid: string) => (await recordOf(uid)).email;

export async function unlock(uid: string): Promise<Done> {
  const { email, jobSeekerNumber } = await recordOf(uid);
  // As a password reset does: the 5-minute window and the 100 in a row both go; and アカウントを再登録's lock.
  await clearPasswordLocks(email);
  await unlockTrustedDevices(uid);
  if (jobSeekerNumber) await clearIdentityLock(jobSeekerNumberSchema.parse(jobSeekerNumber));
  return { text: `${email} のロックを解除しました(間違えた回数も0に戻りました)。`, seeker: email };
}

/** The hold of a completed re-registration ends now, as its 72 hours would end it. */
export async function endHold(uid: string): Promise<Done> {
  const email = await emailOf(uid);
  if (!(await endReRegistrationHold(uid))) throw new ActionError(`${email} に保留中の再登録はありません。`);
  return { text: `${email} の再登録を反映しました(新しいメールアドレスとパスワードに切り替わりました)。`, seeker: email };
}

/** What can be aged, in which unit, and the limit a tester usually wants to cross. */
export const timeTargets = {
  lock: { label: 'ロック', unit: '分', typical: LOCKOUT_MINUTES },
  code: { label: 'ワンタイムパスワード', unit: '分', typical: CODE_VALID_MINUTES + 1 },
  codeLimits: { label: 'ワンタイムパスワードの送信制限', unit: '分', typical: CODE_BLOCK_MINUTES },
  trust: { label: '省略設定したブラウザ', unit: '日', typical: TRUSTED_DEVICE_MAX_DAYS + 1 },
  trustLock: { label: '省略設定したブラウザのロック', unit: '分', typical: LOCKOUT_MINUTES },
  session: { label: 'ログイン中のセッション', unit: '分', typical: SESSION_IDLE_MINUTES },
} as const;
export type TimeTarget = keyof typeof timeTargets;

const passTimeSchema = z.object({
  target: z.enum(Object.keys(timeTargets) as [TimeTarget, ...TimeTarget[]], '進める対象を選んでください。'),
  amount: z.coerce
    .number('半角数字で入力してください。')
    .check(z.refine(Number.isInteger, '整数で入力してください。'), z.gte(1, '1以上で入力してください。'), z.lte(100_000, '大きすぎます。')),
});

export async function passTime(uid: string, form: Record<string, string>): Promise<Done> {
  const parsed = passTimeSchema.safeParse(form);
  if (!parsed.success) throw new ActionError(parsed.error.issues.map((issue) => issue.message).join(' '));
  const { target, amount } = parsed.data;
  const email = await emailOf(uid);
  const move: Record<TimeTarget, () => Promise<void>> = {
    lock: () => passLockoutTime(email, amount),
    code: () => passOtpTime(uid, amount),
    codeLimits: () => passVerificationLimitTime(uid, amount),
    trust: () => passTrustedDeviceTime(uid, amount),
    trustLock: () => passTrustedDeviceLockTime(uid, amount),
    session: () => passSessionTime(uid, amount),
  };
  await move[target]();
  const { label, unit } = timeTargets[target];
  return { text: `${email} の${label}の時間を${amount}${unit}進めました。`, seeker: email };
}

async function clearCollection(collection: CollectionReference) {
  const snapshot = await collection.get();
  for (let start = 0; start < snapshot.docs.length; start += 400) {
    const batch = firestore().batch();
    snapshot.docs.slice(start, start + 400).forEach((doc) => batch.delete(doc.ref));
    await batch.commit();
  }
}

/** Every top-level collection the functions keep; users/{uid}'s subcollections go with each user. */
const topLevel = Object.values(collections).filter((path) => typeof path === 'string');
const perUser = Object.values(collections).filter((path) => typeof path === 'function');

/**
 * Every stored thing back to the demo set: all Firestore data of the
 * functions' collections (data/collections.ts), every Auth account, every caught
 * mail; then the demo job seekers as npm start loads them.
 */
export async function resetToDemo(): Promise<Done> {
  const users = await jobSeekers().get();
  for (const user of users.docs) for (const path of perUser) await clearCollection(firestore().collection(path(user.id)));
  for (const path of topLevel) await clearCollection(firestore().collection(path));
  // The Auth emulator's own endpoint: every account at once.
  await fetch(`http://${emulatorEnv.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${PROJECT_ID}/accounts`, { method: 'DELETE' });
  await fetch(`${urls.mail}/api/email/all`, { method: 'DELETE' }).catch(() => undefined);
  await loadDemoData();
  return { text: `すべてのデータを消し、デモの求職者${demoJobSeekers.length}人を作り直しました。` };
}
