import type { CollectionReference } from 'firebase-admin/firestore';
import { z } from 'zod';
import { LOCKOUT_MINUTES, loginRequestSchema, OTP_VALID_MINUTES, TRUSTED_DEVICE_MAX_DAYS } from '@hellowork/contracts';
import { passLockoutTime, passOtpTime, passTrustedDeviceTime } from '../lib/clock';
import { demoJobSeekers } from '../lib/demoData';
import { accounts, auth, challenges, db, lockout, trustedDevices } from '../lib/functionsData';
import { createJobSeeker, loadDemoData } from '../lib/jobSeekers';
import { emulatorEnv, PROJECT_ID, urls } from '../lib/ports';

/*
 * What a tester can do to the stored state: the same code as the demo loader
 * (create), the functions' lockout module (unlock), the tests' clock (move
 * time). Each returns a Japanese line saying what it did.
 */

export class ActionError extends Error {}

/** The product's own login schema (address, password) plus what a job seeker record needs. */
export const newJobSeekerSchema = loginRequestSchema.extend({
  displayName: z.string().trim().min(1, '氏名を入力してください。').max(50, '氏名が長すぎます。'),
  officeName: z.string().trim().min(1, '安定所を入力してください。').max(50, '安定所名が長すぎます。'),
});

/** The 安定所 of the demo data, offered as choices (any other name can be typed). */
export const knownOffices = [...new Set(demoJobSeekers.map((seeker) => seeker.officeName))];

export async function createFromForm(form: Record<string, string>): Promise<string> {
  const parsed = newJobSeekerSchema.safeParse(form);
  if (!parsed.success) throw new ActionError(parsed.error.issues.map((issue) => issue.message).join(' '));
  const seeker = parsed.data;
  if (await auth.getUserByEmail(seeker.email).catch(() => null)) {
    throw new ActionError(`${seeker.email} の求職者は既にいます。`);
  }
  await createJobSeeker(seeker);
  return `${seeker.displayName}(${seeker.email})を作成しました。`;
}

async function emailOf(uid: string): Promise<string> {
  const record = (await accounts.accountRef(uid).get()).data() as { email?: string } | undefined;
  if (!record?.email) throw new ActionError('その求職者は見つかりません。');
  return record.email;
}

export async function unlock(uid: string): Promise<string> {
  const email = await emailOf(uid);
  await lockout.unlockLoginId(email);
  return `${email} のロックを解除しました(間違えた回数も0に戻りました)。`;
}

/** What can be aged, in which unit, and the limit a tester usually wants to cross. */
export const timeTargets = {
  lock: { label: 'ロック', unit: '分', typical: LOCKOUT_MINUTES },
  code: { label: 'ワンタイムパスワード', unit: '分', typical: OTP_VALID_MINUTES + 1 },
  trust: { label: '省略設定したブラウザ', unit: '日', typical: TRUSTED_DEVICE_MAX_DAYS + 1 },
} as const;
export type TimeTarget = keyof typeof timeTargets;

const passTimeSchema = z.object({
  target: z.enum(Object.keys(timeTargets) as [TimeTarget, ...TimeTarget[]], '進める対象を選んでください。'),
  amount: z.coerce
    .number('半角数字で入力してください。')
    .int('整数で入力してください。')
    .min(1, '1以上で入力してください。')
    .max(100_000, '大きすぎます。'),
});

export async function passTime(uid: string, form: Record<string, string>): Promise<string> {
  const parsed = passTimeSchema.safeParse(form);
  if (!parsed.success) throw new ActionError(parsed.error.issues.map((issue) => issue.message).join(' '));
  const { target, amount } = parsed.data;
  const email = await emailOf(uid);
  if (target === 'lock') await passLockoutTime(email, amount);
  if (target === 'code') await passOtpTime(uid, amount);
  if (target === 'trust') await passTrustedDeviceTime(uid, amount);
  const { label, unit } = timeTargets[target];
  return `${email} の${label}の時間を${amount}${unit}進めました。`;
}

async function clearCollection(collection: CollectionReference) {
  const snapshot = await collection.get();
  for (let start = 0; start < snapshot.docs.length; start += 400) {
    const batch = db.batch();
    snapshot.docs.slice(start, start + 400).forEach((doc) => batch.delete(doc.ref));
    await batch.commit();
  }
}

/**
 * Every stored thing back to the demo set: all Firestore data of the
 * functions' collections, every Auth account, every caught mail; then the
 * demo job seekers as npm start loads them.
 */
export async function resetToDemo(): Promise<string> {
  const users = await accounts.accountCollection.get();
  for (const user of users.docs) await clearCollection(trustedDevices.devicesOf(user.id));
  for (const collection of [
    accounts.accountCollection,
    lockout.loginGuardRef('').parent,
    challenges.challengeRef('login-otp', '').parent,
    challenges.usedChallenges,
  ]) {
    await clearCollection(collection);
  }
  // The Auth emulator's own endpoint: every account at once.
  await fetch(`http://${emulatorEnv.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${PROJECT_ID}/accounts`, { method: 'DELETE' });
  await fetch(`${urls.mail}/api/email/all`, { method: 'DELETE' }).catch(() => undefined);
  await loadDemoData();
  return `すべてのデータを消し、デモの求職者${demoJobSeekers.length}人を作り直しました。`;
}
