import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { HOST, ports } from './ports';

/**
 * The functions' secrets on this machine, which the Functions emulator reads from this file as
 * production reads Secret Manager: the hash key, made once per checkout, and this stack's MailDev
 * (its port follows STACK_PORT_OFFSET).
 */
const file = new URL('../../functions/.secret.local', import.meta.url);

const storedHashKey = () => (existsSync(file) ? /^LOGIN_HASH_KEY=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim() : undefined);

export function ensureLocalSecret() {
  const secrets = `LOGIN_HASH_KEY=${storedHashKey() ?? randomBytes(32).toString('base64url')}\nSMTP_URL=smtp://${HOST}:${ports.smtp}\n`;
  if (!existsSync(file) || readFileSync(file, 'utf8') !== secrets) writeFileSync(file, secrets);
}

/** The same key for a script that computes the functions' keyed hashes (login ids) itself. */
export function localHashKey(): string {
  ensureLocalSecret();
  return storedHashKey()!;
}
