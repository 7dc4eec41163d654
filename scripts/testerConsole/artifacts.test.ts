import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ports } from '../lib/ports';
import { CONSOLE_TITLE } from './page';

// What is deployed must not hold the tester console or any of its routes:
// the functions bundle (`npm run build -w functions`, what firebase deploy
// uploads) and the production web build (web/dist, what Hosting serves).
// npm test builds both before this runs.

const root = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = { 'functions bundle': join(root, 'functions/lib'), 'production web build': join(root, 'web/dist') };

/** Strings only the console has; each also as esbuild writes non-ASCII text (\uXXXX escapes). */
const markers = [
  CONSOLE_TITLE,
  'テスト用コンソール',
  'testerConsole',
  'tester-console',
  'pass-time',
  '/job-seekers',
  `:${ports.testerConsole}`,
].flatMap((marker) => [
  marker,
  JSON.stringify(marker)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('deployable artifacts', () => {
  for (const [name, dir] of Object.entries(artifacts)) {
    it(`the ${name} holds nothing of the tester console`, () => {
      expect(existsSync(dir), `${dir} is missing: build it first (npm run build)`).toBe(true);
      const files = filesUnder(dir);
      expect(files.length).toBeGreaterThan(0);
      const found = files.flatMap((file) => {
        const text = readFileSync(file, 'latin1') + readFileSync(file, 'utf8');
        return markers.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
      });
      expect(found).toEqual([]);
    });
  }
});
