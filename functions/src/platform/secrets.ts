import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_DIGITS } from '@hellowork/contracts';
import { hashKey } from './config';

/** URL-safe random token of `bytes` bytes from the CSPRNG. */
export const randomToken = (bytes: number) => randomBytes(bytes).toString('base64url');

/** A mailed code (the login's ワンタイムパスワード or a 確認コード): CODE_DIGITS half-width digits, uniformly from the CSPRNG. */
export const randomMailedCode = () => String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');

/** HMAC-SHA-256 of a value for one purpose under the deployment's hash key, base64url. */
export const keyedHash = (purpose: string, value: string) =>
  createHmac('sha256', hashKey.value()).update(`${purpose}\0${value}`).digest('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
