import type { DocumentData, FirestoreDataConverter } from 'firebase-admin/firestore';

/*
 * Every Firestore collection of the product, named once. The functions, the
 * demo loader and the tests reach data only through these paths. Only the
 * functions (Admin SDK) read or write any of them: firestore.rules deny every
 * client.
 */
export const paths = {
  /** users/{uid}: the job seeker's My Page record and the address codes are mailed to. */
  users: 'users',
  trustedDevices: (uid: string) => `users/${uid}/trustedDevices`,
  sessions: (uid: string) => `users/${uid}/sessions`,
  /** users/{uid}/securityEvents/{id}: the audit trail, kept a year (TTL), shown in ログイン履歴. */
  securityEvents: (uid: string) => `users/${uid}/securityEvents`,
  /** loginAccounts/{keyed hash of the login id}: uid and password hash. */
  loginAccounts: 'loginAccounts',
  /** loginGuards/{keyed hash of the login id}: lockout windows and the consecutive-failure count. */
  loginGuards: 'loginGuards',
  /** verifications/{type}_{uid}: the one live code of an account for one purpose. */
  verifications: 'verifications',
  /** usedVerifications/{nonce hash}: create() lets exactly one request use a code. */
  usedVerifications: 'usedVerifications',
  /** verificationLimits/{type}_{uid}: per-account limits across codes (wrong codes in a row, mails sent). */
  verificationLimits: 'verificationLimits',
  /** passwordResetGuards/{keyed hash of the login id}: reset mails per address and hour, for addresses with and without an account. */
  passwordResetGuards: 'passwordResetGuards',
  /** jobSeekerIdentities/{keyed hash of the 求職番号}: uid and a keyed hash of 求職番号 and 生年月日 (アカウントを再登録). */
  jobSeekerIdentities: 'jobSeekerIdentities',
  /** reRegistrationGuards/{keyed hash of the 求職番号}: the lock on wrong 求職番号/生年月日, for numbers with and without an account. */
  reRegistrationGuards: 'reRegistrationGuards',
  /** verificationBlocks/{type}_{uid}_{streak}: create() picks the one request that warns the holder of a block. */
  verificationBlocks: 'verificationBlocks',
} as const;

/** A uid inside an id or a cookie we compose: Firebase Auth's uids are letters and digits. */
export const UID_PATTERN = '[A-Za-z0-9]{1,128}';

/** The document id of an account's record for one verification purpose. */
export const verificationDocId = (type: string, uid: string) => `${type}_${uid}`;

/** Types a collection's documents; records are written whole, so nothing is converted. */
export const typed = <T extends DocumentData>(): FirestoreDataConverter<T> => ({
  toFirestore: (data) => data,
  fromFirestore: (snapshot) => snapshot.data() as T,
});
