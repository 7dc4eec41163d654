import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA-256 of a value for one purpose, base64url. Free of the functions'
 * runtime, so the demo loader and the tests compute the same ids.
 */
export const keyedHashWith = (key: string, purpose: string, value: string) =>
  createHmac('sha256', key).update(`${purpose}\0${value}`).digest('base64url');
