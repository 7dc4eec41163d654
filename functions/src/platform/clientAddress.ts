import type { Request } from 'firebase-functions/https';

/**
 * The client's address as Firebase Hosting forwards it to a rewritten function (its CDN sets
 * Fastly-Client-IP); without that header (the emulators), the first X-Forwarded-For hop, else the
 * socket's. Only for counting one client's attempts, keyed-hashed: never stored or logged as such.
 * A caller who reaches the function's own URL can write these headers itself, so a limit per client
 * only slows the careless; every such limit has a limit of all clients together beside it.
 */
export function clientAddress(req: Request): string {
  const forwarded = req.get('fastly-client-ip') ?? req.get('x-forwarded-for')?.split(',')[0];
  return (forwarded ?? req.socket.remoteAddress ?? 'unknown').trim().toLowerCase().slice(0, 64);
}
