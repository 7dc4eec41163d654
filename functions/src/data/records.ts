import type { Timestamp } from 'firebase-admin/firestore';
import type { SecondFactor, SecurityEventType } from '@hellowork/contracts';

/*
 * What each collection of data/collections.ts holds, one type per record.
 * Two times recur, and never mean the same: `expiresAt` is when a code, a
 * trust or a block stops working (the product's rule); `deleteAt` is the TTL
 * field by which Firestore deletes the record some time after (housekeeping;
 * firestore.indexes.json names it for each collection).
 */

/** users/{uid}: the job seeker's My Page record, and the address every code and notice is mailed to. */
export type JobSeekerRecord = {
  email: string;
  displayName: string;
  officeName: string;
  /** As the 求職受付票 prints it (13010-12345671); shown, never used to sign in. */
  jobSeekerNumber?: string;
  /** active turns false at 求職の取消; only a Hello Work office turns it back. */
  jobSeekerStatus: { active: boolean; validUntil: Timestamp | null; cancelledAt?: Timestamp };
  newMessageCount: number;
  referralJobs: { total: number; latest: { occupation: string; title: string; employer: string; count: number }[] };
};

/** A hash as the scrypt era stored it; only verified now, never made. */
export type ScryptHash = { algorithm: 'scrypt'; N: number; r: number; p: number; keyLength: number; salt: string; hash: string };
/** `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (made by passwords/passwordHash.ts), or a hash of the scrypt era. */
export type PasswordHash = string | ScryptHash;

/** loginAccounts/{keyed hash of the login id}: how a login id (the normalised address) finds its account, and the password hash. */
export type LoginAccountRecord = {
  uid: string;
  passwordHash: PasswordHash;
  passwordChangedAt: Timestamp;
};

/** jobSeekerIdentities/{keyed hash of the 求職番号}: the account, and a keyed hash of 求職番号 and 生年月日 (アカウントを再登録). */
export type JobSeekerIdentityRecord = { uid: string; birthDateHash: string };

/**
 * reRegistrationHolds/{keyed hash of the cancel code}: a completed re-registration during its hold. The new
 * password only as its hash; the old address keeps working until `takesEffectAt`.
 */
export type ReRegistrationHoldRecord = {
  uid: string;
  newAddress: string;
  passwordHash: PasswordHash;
  heldAt: Timestamp;
  takesEffectAt: Timestamp;
  deleteAt: Timestamp;
  /** Only on the claim of a hold being applied (reRegistration/hold.ts): the address it moves the account from. */
  oldAddress?: string;
};

/** The purposes a 確認コード (or the login's ワンタイムパスワード) is mailed for: one live code per account and purpose. */
export const verificationTypes = ['login-otp', 'password-reset', 'email-change', 're-registration', 'first-password'] as const;
export type VerificationType = (typeof verificationTypes)[number];

/** verifications/{type}_{uid}: the one live code of an account for one purpose. */
export type VerificationRecord = {
  type: VerificationType;
  uid: string;
  nonceHash: string;
  codeHash: string;
  /** The new address the code was mailed to (アカウントを再登録, メールアドレスの変更); null when it went to the account's own. */
  target: string | null;
  /**
   * The record of whoever asked for a reset code (passwordResetGuards: the address and the client), whose wrong
   * codes in a row its wrong entries count toward (decision 0018); null for codes of other purposes.
   */
  requester: string | null;
  /** Guesses taken so far, including the one being checked. */
  guesses: number;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  /** A day after expiresAt. */
  deleteAt: Timestamp;
  /** When the code was used, and which code: a use is this record's only while `usedNonceHash` is its own `nonceHash`. */
  usedAt: Timestamp | null;
  usedNonceHash: string | null;
};

/** verificationLimits/{type}_{uid}: an account's limits across codes of one purpose. */
export type CodeLimitsRecord = {
  /** Origin of the mail windows. */
  origin: Timestamp;
  wrongCodes?: number;
  /** wrongCodes at the last right code or new password: "in a row" counts from here, across blocks. */
  wrongCodesBase?: number;
  /** The block (1 at 30 in a row, 2 at 60, …) that `blockedUntil` ends; 0 or missing for none yet. */
  blockStep?: number;
  blockedUntil?: Timestamp | null;
  [mailWindow: `mails_${number}`]: number;
};

/** users/{uid}/sessions/{id}: a signed-in browser, checked by every protected function. */
export type SessionRecord = {
  secondFactor: SecondFactor;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  /** "Chrome / Windows": coarse, for a future list of signed-in browsers. */
  label: string;
  /** When no token can use it any more (12 hours after the login). */
  deleteAt: Timestamp;
};

/** users/{uid}/trustedDevices/{id}: a browser that skips the OTP; its own password lock's fields sit beside these. */
export type TrustedDeviceRecord = {
  secretHash: string;
  label: string;
  createdAt: Timestamp;
  lastUsedAt: Timestamp;
  expiresAt: Timestamp;
  /** The same as expiresAt. */
  deleteAt: Timestamp;
};

/** users/{uid}/securityEvents/{id}: one line of the audit trail, shown in ログイン履歴. */
export type SecurityEventRecord = {
  at: Timestamp;
  /** Orders events of one request that share a time (a wrong password that also locks). */
  seq: number;
  type: SecurityEventType;
  secondFactor: SecondFactor | null;
  client: string;
  /** A year after it happened. */
  deleteAt: Timestamp;
};
