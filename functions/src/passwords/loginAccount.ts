import { Timestamp } from 'firebase-admin/firestore';
import { keyedHashWith } from '../platform/keyedHash';
import { hashPassword, type PasswordHash } from './passwordHash';

/*
 * loginAccounts/{id}: how a login id (the normalised e-mail address) finds
 * its account, and the account's password hash. The id is a keyed hash of
 * the login id, so the collection holds no address in clear. Free of the
 * functions' runtime: the demo loader and the tests create accounts with it.
 */

export type LoginAccountRecord = {
  uid: string;
  passwordHash: PasswordHash;
  passwordChangedAt: Timestamp;
};

const LOGIN_ID_PURPOSE = 'login-id';

/** The login id is the address as the login form normalises it (emailSchema: trimmed, lower case). */
export const loginAccountIdWith = (key: string, loginId: string) => keyedHashWith(key, LOGIN_ID_PURPOSE, loginId);

export const newLoginAccountRecord = async (uid: string, password: string, now = Date.now()): Promise<LoginAccountRecord> => ({
  uid,
  passwordHash: await hashPassword(password),
  passwordChangedAt: Timestamp.fromMillis(now),
});
