import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { normalizePassword } from '@hellowork/contracts';
import type { PasswordHash, ScryptHash } from '../data/records';

/*
 * Password hashing, owned by the functions: Argon2id (OWASP's first choice)
 * through @node-rs/argon2, stored as a PHC string that names its parameters,
 * so they can be raised later and an old hash is rehashed at the holder's
 * next successful login. Hashes of the scrypt era still verify and are
 * replaced the same way (docs/decisions/0007-argon2id.md).
 * Pure: no Firestore, so it is unit-tested and shared with the demo loader.
 */

/**
 * Argon2id with 64 MiB, 2 passes, 1 lane: above every setting of OWASP's
 * cheat sheet (its minimum is 19 MiB, 2 passes) and the same memory as the
 * scrypt it replaces; the bench measures about 35 ms of one core here.
 */
export const ARGON2_MEMORY_KIB = 64 * 1024;
export const ARGON2_PASSES = 2;
export const ARGON2_LANES = 1;
export const KEY_LENGTH = 32;
export const SALT_BYTES = 16;
/**
 * At most 2 hashes at once per instance: each holds its 64 MiB for its whole
 * run, and an instance has one vCPU (platform/http.ts `hashingFunction`), which 2 keep busy while
 * a third would only wait in libuv's pool holding nothing.
 */
export const MAX_CONCURRENT_HASHES = 2;

export type Argon2Parameters = { memoryKiB: number; passes: number; lanes: number };
export const currentParameters: Argon2Parameters = { memoryKiB: ARGON2_MEMORY_KIB, passes: ARGON2_PASSES, lanes: ARGON2_LANES };

/** A counting semaphore: bounds how many hashes hold their memory at once. */
export class Semaphore {
  private waiting: (() => void)[] = [];
  private free: number;
  constructor(readonly size: number) {
    this.free = size;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

const hashing = new Semaphore(MAX_CONCURRENT_HASHES);

/** Hashed as the policy compares it: NFKC (contracts' normalizePassword). */
const prepare = (password: string) => Buffer.from(normalizePassword(password), 'utf8');

// No `algorithm`: the package's default is Argon2id, and its Algorithm is a const enum that
// isolated modules cannot read. The unit test pins the `$argon2id$` of what it makes.
const argon2Options = ({ memoryKiB, passes, lanes }: Argon2Parameters) => ({
  memoryCost: memoryKiB,
  timeCost: passes,
  parallelism: lanes,
  outputLen: KEY_LENGTH,
});

export const hashPassword = (password: string, parameters: Argon2Parameters = currentParameters): Promise<string> =>
  hashing.run(() => argon2Hash(prepare(password), argon2Options(parameters)));

/**
 * A hash of today's parameters that no password matches: a random salt and a random output, put together rather
 * than computed. What an address without an account is checked against: the check costs what a real one costs,
 * and making it costs nothing, so not even an instance's first such address answers later than a real one.
 */
export function unmatchableHash({ memoryKiB, passes, lanes }: Argon2Parameters = currentParameters): string {
  // The PHC string's Base64: standard alphabet, no padding.
  const b64 = (bytes: number) => randomBytes(bytes).toString('base64').replace(/=+$/, '');
  return `$argon2id$v=19$m=${memoryKiB},t=${passes},p=${lanes}$${b64(SALT_BYTES)}$${b64(KEY_LENGTH)}`;
}

/** The parameters a PHC string of Argon2id names, or null for anything else. */
export function argon2ParametersOf(stored: PasswordHash): Argon2Parameters | null {
  if (typeof stored !== 'string') return null;
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  return match ? { memoryKiB: Number(match[1]), passes: Number(match[2]), lanes: Number(match[3]) } : null;
}

function verifyScrypt(password: string, { N, r, p, keyLength, salt, hash }: ScryptHash): Promise<boolean> {
  // OpenSSL needs 128·N·r bytes and a little more: twice that is the ceiling.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r };
  const expected = Buffer.from(hash, 'base64');
  return new Promise((resolve, reject) =>
    scrypt(prepare(password), Buffer.from(salt, 'base64'), keyLength, options, (error, actual) =>
      error ? reject(error) : resolve(actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  );
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (argon2ParametersOf(stored)) return hashing.run(() => argon2Verify(stored as string, prepare(password)));
  // Read as unknown: Firestore hands back whatever the record holds.
  if ((stored as { algorithm?: unknown } | null)?.algorithm === 'scrypt')
    return hashing.run(() => verifyScrypt(password, stored as ScryptHash));
  // Stored data this code does not know (a migration in progress, a damaged record) matches no password.
  return false;
}

/** A hash of another algorithm or of other parameters than today's is replaced at the next successful login. */
export function needsRehash(stored: PasswordHash, current: Argon2Parameters = currentParameters): boolean {
  const parameters = argon2ParametersOf(stored);
  return (
    !parameters || parameters.memoryKiB !== current.memoryKiB || parameters.passes !== current.passes || parameters.lanes !== current.lanes
  );
}

/**
 * Checks a password; when it is right and its hash is of an older kind,
 * also returns the new hash to store.
 */
export async function checkAndUpgrade(
  password: string,
  stored: PasswordHash,
  current: Argon2Parameters = currentParameters,
): Promise<{ valid: false } | { valid: true; rehashed: string | null }> {
  if (!(await verifyPassword(password, stored))) return { valid: false };
  return { valid: true, rehashed: needsRehash(stored, current) ? await hashPassword(password, current) : null };
}
