import { normalizePassword } from '@hellowork/contracts';
import { dictionary } from '@zxcvbn-ts/language-common';

/*
 * Passwords known to be common or breached (NIST SP 800-63B-4 §3.1.1.2): the
 * 49,233 entries of zxcvbn-ts's common-password dictionary
 * (@zxcvbn-ts/language-common, MIT). Compared without case, as a guesser
 * tries the case variants of a listed password first, and in the form the
 * hash stores (NFKC), so a full-width copy of a listed one is listed.
 */
const common = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

export const commonPasswordCount = common.size;

export const isCommonPassword = (password: string) => common.has(normalizePassword(password).toLowerCase());
