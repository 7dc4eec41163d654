import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The deployment's hash key, made once per checkout; the Functions emulator reads it from this file. */
const file = new URL('../../functions/.secret.local', import.meta.url);

export function ensureLocalSecret() {
  if (!existsSync(file) || !readFileSync(file, 'utf8').includes('LOGIN_HASH_KEY=')) {
    writeFileSync(file, `LOGIN_HASH_KEY=${randomBytes(32).toString('base64url')}\n`);
  }
}

/** The same key for a script that computes the functions' keyed hashes (login ids) itself. */
export function localHashKey(): string {
  ensureLocalSecret();
  return /^LOGIN_HASH_KEY=(.*)$/m.exec(readFileSync(file, 'utf8'))![1]!.trim();
}
