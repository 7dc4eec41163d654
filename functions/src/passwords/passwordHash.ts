import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/*
 * Password hashing, owned by the functions: scrypt from node:crypto. Every
 * stored hash records its algorithm and parameters, so the parameters can be
 * raised later and an old hash is rehashed at the holder's next login.
 * Pure: no Firestore, so it is unit-tested and shared with the demo loader.
 */

/**
 * OWASP Password Storage Cheat Sheet (scrypt): "N=2^16 (64 MiB), r=8 (1024
 * bytes), p=2" is one of its equivalent minimum settings. About 0.3 s here.
 */
export const SCRYPT_N = 2 ** 16;
export const SCRYPT_R = 8;
export const SCRYPT_P = 2;
export const KEY_LENGTH = 32;
export const SALT_BYTES = 16;
/**
 * At most 2 hashes at once per instance: each holds 128·N·r = 64 MiB for its
 * whole run, so 2 stay within a 256 MiB instance beside Node itself, and they
 * keep both vCPUs busy; more at once would only queue in libuv's pool anyway.
 */
export const MAX_CONCURRENT_HASHES = 2;

/**
 * An instance of a function that hashes passwords (login, password change and
 * reset), from README "Capacity on Cloud Functions": one vCPU per hash at a
 * time; 2 × 64 MiB of hashes beside Node's ~150 MiB in 1 GiB (the rest is
 * room for requests' own buffers and a margin); 4 requests at once, so 2 do their Firestore round trips while 2
 * hash, and more are sent to other instances instead of queueing here; and at
 * ~0.7 s of one vCPU a hash (npm run bench), about 2.9 logins a second an
 * instance: 100 instances carry 200 logins a second at 70% of their CPU.
 */
export const hashingFunction = { cpu: 2, memory: '1GiB', concurrency: 2 * MAX_CONCURRENT_HASHES, maxInstances: 100 } as const;

export type ScryptParameters = { algorithm: 'scrypt'; N: number; r: number; p: number; keyLength: number };
export type PasswordHash = ScryptParameters & { salt: string; hash: string };

export const currentParameters: ScryptParameters = { algorithm: 'scrypt', N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P, keyLength: KEY_LENGTH };

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

/**
 * NIST SP 800-63B-4 §3.1.1.2: Unicode passwords are normalised (NFKC), so a
 * full-width and a half-width input of the same password match.
 */
const prepare = (password: string) => Buffer.from(password.normalize('NFKC'), 'utf8');

function derive(password: string, salt: Buffer, { N, r, p, keyLength }: ScryptParameters): Promise<Buffer> {
  // OpenSSL needs 128·N·r bytes and a little more: twice that is the ceiling.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r };
  return hashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(prepare(password), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

export async function hashPassword(password: string, parameters: ScryptParameters = currentParameters): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, parameters);
  return { ...parameters, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  // Stored data may name an algorithm this code does not know (a migration in progress).
  if ((stored.algorithm as string) !== 'scrypt') return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash made with other parameters than today's is replaced at the next successful login. */
export const needsRehash = (stored: PasswordHash, current: ScryptParameters = currentParameters) =>
  (stored.algorithm as string) !== current.algorithm ||
  stored.N !== current.N ||
  stored.r !== current.r ||
  stored.p !== current.p ||
  stored.keyLength !== current.keyLength;

/**
 * Checks a password; when it is right and its hash is of older parameters,
 * also returns the new hash to store.
 */
export async function checkAndUpgrade(
  password: string,
  stored: PasswordHash,
  current: ScryptParameters = currentParameters,
): Promise<{ valid: false } | { valid: true; rehashed: PasswordHash | null }> {
  if (!(await verifyPassword(password, stored))) return { valid: false };
  return { valid: true, rehashed: needsRehash(stored, current) ? await hashPassword(password, current) : null };
}
