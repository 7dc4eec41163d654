import type { CollectionReference, DocumentData, FirestoreDataConverter } from 'firebase-admin/firestore';
import { firestore } from '../platform/firebase';
import { keyedHash } from '../platform/secrets';
import type {
  CodeLimitsRecord,
  JobSeekerIdentityRecord,
  JobSeekerRecord,
  LoginAccountRecord,
  ReRegistrationHoldRecord,
  SecurityEventRecord,
  SessionRecord,
  VerificationRecord,
  VerificationType,
} from './records';

/*
 * Every Firestore collection of the product, named once, and the reference to
 * each record by what identifies it. The functions, the demo loader, the tester
 * console and the tests reach data only through these. Only the functions
 * (Admin SDK) read or write any of them: firestore.rules deny every client.
 * Records keyed by a login id, a 求職番号 or an address are keyed by its keyed
 * hash (LOGIN_HASH_KEY), so no collection holds one in clear as an id.
 */
export const collections = {
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
  /** verificationLimits/{type}_{uid}: per-account limits across codes (wrong codes in a row, mails sent). */
  verificationLimits: 'verificationLimits',
  /**
   * passwordResetGuards/{keyed hash of the login id}_{keyed hash of the client's address}: one client's reset mails
   * for one address per hour and its wrong reset codes in a row, for addresses with and without an account
   * (decision 0018). `address` holds the first hash, to find an address's records.
   */
  passwordResetGuards: 'passwordResetGuards',
  /** jobSeekerIdentities/{keyed hash of the 求職番号}: uid and a keyed hash of 求職番号 and 生年月日 (アカウントを再登録). */
  jobSeekerIdentities: 'jobSeekerIdentities',
  /** reRegistrationGuards/{keyed hash of the 求職番号}: the lock on wrong 求職番号/生年月日, for numbers with and without an account. */
  reRegistrationGuards: 'reRegistrationGuards',
  /** reRegistrationBudgets/client_<keyed hash of the client's address>: each client's wrong 求職番号/生年月日 pairs per hour. */
  reRegistrationBudgets: 'reRegistrationBudgets',
  /** reRegistrationHolds/{keyed hash of the cancel code}: completed re-registrations waiting out their hold. */
  reRegistrationHolds: 'reRegistrationHolds',
} as const;

/**
 * The collections whose records Firestore deletes by a TTL policy on `deleteAt`
 * (firestore.indexes.json, checked by the deploy tests); records.ts says when each is.
 * users and its loginAccounts and jobSeekerIdentities are the job seeker's own: never.
 */
export const TTL_FIELD = 'deleteAt';
export const collectionsWithTtl = [
  'verifications',
  'passwordResetGuards',
  'loginGuards',
  'reRegistrationGuards',
  'reRegistrationBudgets',
  'reRegistrationHolds',
  'trustedDevices',
  'securityEvents',
  'sessions',
] as const satisfies (keyof typeof collections)[];

/** A uid inside an id or a cookie we compose: Firebase Auth's uids are letters and digits. */
export const UID_PATTERN = '[A-Za-z0-9]{1,128}';

/** The document id of an account's record for one verification purpose. */
export const verificationDocId = (type: VerificationType, uid: string) => `${type}_${uid}`;

/** Types a collection's documents; records are written whole, so nothing is converted. */
const typed = <T extends DocumentData>(): FirestoreDataConverter<T> => ({
  toFirestore: (data) => data,
  fromFirestore: (snapshot) => snapshot.data() as T,
});
const collection = <T extends DocumentData>(path: string): CollectionReference<T> => firestore().collection(path).withConverter(typed<T>());
/** Records that also hold a window lock's numbered fields (limits/windowLock.ts) stay untyped. */
const untyped = (path: string) => firestore().collection(path);

export const jobSeekerRef = (uid: string) => collection<JobSeekerRecord>(collections.users).doc(uid);
export const jobSeekers = () => collection<JobSeekerRecord>(collections.users);
/** The login id is the address as the login form normalises it (emailSchema: trimmed, lower case). */
export const loginAccountRef = (loginId: string) =>
  collection<LoginAccountRecord>(collections.loginAccounts).doc(keyedHash('login-id', loginId));
export const loginGuardRef = (loginId: string) => untyped(collections.loginGuards).doc(keyedHash('login-guard', loginId));
const resetAddressKey = (loginId: string) => keyedHash('password-reset-guard', loginId);
/** Who asks for a reset code: a client (platform/clientAddress.ts) for an address. */
export const passwordResetGuardRef = (loginId: string, client: string) =>
  untyped(collections.passwordResetGuards).doc(`${resetAddressKey(loginId)}_${keyedHash('password-reset-client', client)}`);
/** The field that ties a requester's record to its address, as the request writes it. */
export const passwordResetAddressField = (loginId: string) => ({ address: resetAddressKey(loginId) });
/** Every client's record for one address (the tester console moves their time). */
export const passwordResetGuardsOf = (loginId: string) =>
  untyped(collections.passwordResetGuards).where('address', '==', resetAddressKey(loginId));
/** The 求職番号 as jobSeekerNumberSchema normalises it: 13 digits. */
export const jobSeekerIdentityRef = (jobSeekerNumber: string) =>
  collection<JobSeekerIdentityRecord>(collections.jobSeekerIdentities).doc(keyedHash('job-seeker-number', jobSeekerNumber));
export const reRegistrationGuardRef = (jobSeekerNumber: string) =>
  untyped(collections.reRegistrationGuards).doc(keyedHash('re-registration-guard', jobSeekerNumber));
/** A held re-registration, by its cancel code (digits only); `reRegistrationHoldsOf` finds an account's. */
export const reRegistrationHoldRef = (cancelCode: string) =>
  collection<ReRegistrationHoldRecord>(collections.reRegistrationHolds).doc(keyedHash('re-registration-cancel', cancelCode));
export const reRegistrationHoldsOf = (uid: string) =>
  collection<ReRegistrationHoldRecord>(collections.reRegistrationHolds).where('uid', '==', uid);
/** One client's wrong pairs, by its address (never stored as such). */
export const reRegistrationBudgetRef = (client: string) =>
  untyped(collections.reRegistrationBudgets).doc(`client_${keyedHash('re-registration-client', client)}`);
/** The account's one live code of a purpose, which the next one replaces. */
export const accountCodeRef = (type: Exclude<VerificationType, 'password-reset'>, uid: string) =>
  collection<VerificationRecord>(collections.verifications).doc(verificationDocId(type, uid));
/**
 * A code's record, by its nonce's hash: the account's one of its purpose, except a reset code's, which is
 * its own: anyone who knows the address can ask for one, and that must not void the code the holder
 * already has. The reset mail limit (3 in any hour) bounds how many are live.
 */
export const verificationRef = (type: VerificationType, uid: string, nonceHash: string) =>
  type === 'password-reset'
    ? collection<VerificationRecord>(collections.verifications).doc(`${verificationDocId(type, uid)}_${nonceHash.slice(0, 22)}`)
    : accountCodeRef(type, uid);
/** Every code record of an account, of every purpose. */
export const verificationsOf = (uid: string) => collection<VerificationRecord>(collections.verifications).where('uid', '==', uid);
/** The code record of a nonce's hash, for ids that name no account (verification.ts). */
export const verificationsWithNonce = (nonceHash: string) =>
  collection<VerificationRecord>(collections.verifications).where('nonceHash', '==', nonceHash);
export const codeLimitsRef = (type: VerificationType, uid: string) =>
  collection<CodeLimitsRecord>(collections.verificationLimits).doc(verificationDocId(type, uid));
export const sessionsOf = (uid: string) => collection<SessionRecord>(collections.sessions(uid));
export const trustedDevicesOf = (uid: string) => untyped(collections.trustedDevices(uid));
export const securityEventsOf = (uid: string) => collection<SecurityEventRecord>(collections.securityEvents(uid));
