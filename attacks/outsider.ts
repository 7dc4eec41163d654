import { readFileSync } from 'node:fs';
import { HOST, ports } from '../scripts/lib/ports';

/*
 * What an outsider can use beyond our /api/*: Firebase Auth's public REST API,
 * opened by the API key every page ships (here read from the web app's settings,
 * as anyone reads it from the bundle).
 */

const pageApiKey = /^VITE_FIREBASE_API_KEY=(.+)$/m.exec(readFileSync(new URL('../web/.env.emulator', import.meta.url), 'utf8'))![1]!.trim();
const identityToolkit = `http://${HOST}:${ports.auth}/identitytoolkit.googleapis.com/v1`;

/** One call of Identity Toolkit's public API; the answer as is (an attacker reads refusals too). */
export async function firebaseAuthApi(method: string, body: object): Promise<{ ok: boolean; body: any }> {
  const response = await fetch(`${identityToolkit}/accounts:${method}?key=${pageApiKey}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, returnSecureToken: true }),
  });
  return { ok: response.ok, body: await response.json() };
}

/** A token with no signature, as the emulator issues and accepts them (production verifies signatures). */
export function unsignedJwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

/** The fields of the answers counted by code: how an outsider sees what got through. */
export function countCodes(answers: { status: number; body: any }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    const code = answer.status === 200 ? 'ok' : String(answer.body?.error?.code ?? answer.status);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}
