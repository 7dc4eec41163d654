import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Exactly one zod: contracts/src/zod.ts sets it up for the CSP (`jitless`: no
 * eval) before any schema is made, and that holds only for the copy it
 * configures. A second copy of zod 4 in the tree would build schemas that
 * compile code with eval, and the production CSP would refuse them.
 */
const json = (path: string) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

describe('zod', () => {
  it('is asked for with one range by the root and every workspace', () => {
    const ranges = ['package.json', 'contracts/package.json', 'functions/package.json', 'web/package.json'].map((path) => {
      const manifest = json(path);
      return [path, manifest.dependencies?.zod ?? manifest.devDependencies?.zod];
    });
    expect(new Set(ranges.map(([, range]) => range)).size, JSON.stringify(ranges)).toBe(1);
  });

  it('is installed once as version 4 (older majors inside other tools are theirs alone)', () => {
    const lock = json('package-lock.json') as { packages: Record<string, { version?: string }> };
    const zod4 = Object.entries(lock.packages)
      .filter(([path, entry]) => /(^|\/)node_modules\/zod$/.test(path) && entry.version?.startsWith('4.'))
      .map(([path]) => path);
    expect(zod4).toEqual(['node_modules/zod']);
  });
});
