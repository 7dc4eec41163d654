import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * What anyone can download: the built app. It must carry no Firestore client,
 * so no page script (nor an injected one) has a Firestore connection to abuse
 * even if a rule were ever opened by mistake. Needs only `npm run build -w web`.
 */
const assets = new URL('../web/dist/assets/', import.meta.url);

/** Strings only the Firestore client (full or lite) carries: its service and host names. */
const firestoreClientMarkers = ['google.firestore.v1.Firestore', 'firestore.googleapis.com'];

describe('the built web bundle', () => {
  it('contains no Firestore client at all', () => {
    expect(existsSync(assets), 'web/dist is missing: run `npm run build -w web` first').toBe(true);
    const scripts = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(new URL(name, assets), 'utf8'))
      .join('\n');
    // It is the real bundle: the Auth client it does need is there.
    expect(scripts).toContain('identitytoolkit.googleapis.com');
    for (const marker of firestoreClientMarkers) expect(scripts).not.toContain(marker);
  });
});
