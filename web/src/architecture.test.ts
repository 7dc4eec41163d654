import { describe, expect, it } from 'vitest';

// The shape of web/src: a feature uses lib/, components/ and the contracts, never
// another feature; only app/ (the router, the frame) puts features together.
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.test.ts', '!./**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const importsOf = (source: string) => [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
const featureOf = (path: string) => /^\.\/features\/([^/]+)\//.exec(path)?.[1];

describe('web/src imports', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources).some((path) => path.startsWith('./features/'))).toBe(true);
  });

  it('no feature imports another feature, and lib/ and components/ import no feature', () => {
    const crossings: string[] = [];
    for (const [path, source] of Object.entries(sources)) {
      if (path.startsWith('./app/') || path.startsWith('./testing/') || path === './main.tsx') continue;
      const ownFeature = featureOf(path);
      for (const target of importsOf(source).filter((spec) => spec.startsWith('.'))) {
        const resolved = new URL(target, `file:///src/${path.slice(2)}`).pathname.replace('/src/', './');
        const targetFeature = featureOf(resolved);
        if (targetFeature && targetFeature !== ownFeature) crossings.push(`${path} → ${target}`);
        if (resolved.startsWith('./app/')) crossings.push(`${path} → ${target}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('every route and link takes its path from contracts/routes.ts', () => {
    const literals = Object.entries(sources).flatMap(([path, source]) =>
      [...source.matchAll(/(?:\bto=["']|\bto: ["']|\bpath: ["']|navigate\(["'])\//g)].map((match) => `${path}: ${match[0]}`),
    );
    expect(literals).toEqual([]);
  });
});
