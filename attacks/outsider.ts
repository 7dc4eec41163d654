/*
 * What an outsider can use beyond our /api/*: Firebase Auth's public REST API
 * (testing/apiClient.ts `identityToolkitAnswer`), and the tokens and tallies below.
 */

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
