import { BlockList, isIP } from 'node:net';
import type { Request } from 'firebase-functions/https';

/*
 * The client's address, from the one hop of X-Forwarded-For the caller cannot write. Every hop a caller sends
 * is kept, and each proxy appends the address it took the connection from: Google's front end, before the
 * function, appends the last hop. For a caller of the function's own URL (cloudfunctions.net, run.app: public,
 * because Hosting's rewrites need it) that last hop is the caller. A request through Firebase Hosting reaches
 * Google's front end from Hosting's CDN (Fastly), so its last hop is a Fastly address, and the hop before it is
 * the one Fastly appended: the browser. Fastly-Client-IP and every earlier hop are the caller's to write, and
 * are never read. The local stack has no front end: its proxies are on loopback, and the tests write the hop
 * Google's front end would append (testing/apiClient.ts). Only for counting one client's attempts,
 * keyed-hashed: never stored or logged as such. SECURITY.md says what of this is confirmed.
 */

/** Fastly's published ranges (api.fastly.com/public-ip-list, as of 2026-10): the hops Hosting's CDN adds. */
const FASTLY_RANGES = [
  '23.235.32.0/20',
  '43.249.72.0/22',
  '103.244.50.0/24',
  '103.245.222.0/23',
  '103.245.224.0/24',
  '104.156.80.0/20',
  '140.248.64.0/18',
  '140.248.128.0/17',
  '146.75.0.0/17',
  '151.101.0.0/16',
  '157.52.64.0/18',
  '167.82.0.0/17',
  '167.82.128.0/20',
  '167.82.160.0/20',
  '167.82.224.0/20',
  '172.111.64.0/18',
  '185.31.16.0/22',
  '199.27.72.0/21',
  '199.232.0.0/16',
  '2a04:4e40::/32',
  '2a04:4e42::/32',
];

/** Hops a proxy of ours appended, behind which the next hop to the left is the one that proxy saw. */
const proxies = new BlockList();
for (const range of FASTLY_RANGES) {
  const [network, prefix] = range.split('/');
  proxies.addSubnet(network!, Number(prefix), isIP(network!) === 6 ? 'ipv6' : 'ipv4');
}
proxies.addSubnet('127.0.0.0', 8, 'ipv4');
proxies.addAddress('::1', 'ipv6');

const plain = (hop: string) =>
  hop
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, '');
const isProxy = (hop: string) => {
  const family = isIP(hop);
  return family !== 0 && proxies.check(hop, family === 6 ? 'ipv6' : 'ipv4');
};

export function clientAddress(req: Request): string {
  const forwarded = req.get('x-forwarded-for');
  const hops = (forwarded ? forwarded.split(',') : [req.socket.remoteAddress ?? '']).map(plain).filter(Boolean);
  // From the right: past the hops our own proxies appended, to the first one they saw.
  let index = hops.length - 1;
  while (index > 0 && isProxy(hops[index]!)) index--;
  return (hops[index] ?? 'unknown').slice(0, 64);
}
