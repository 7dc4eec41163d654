import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The documentation's own links hold: every relative link and image in README.md, SECURITY.md and docs/**
 * names a file that exists, and every #anchor into a Markdown file names one of its headings (as GitHub
 * makes their ids). Links to other sites are not checked (no network here). And the README stays a
 * front page: the rest belongs in docs/.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README_MAX_LINES = 120;

/** The Markdown files whose links are checked, relative to the repository's root. */
function documents(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join('docs', path));
  return ['README.md', 'SECURITY.md', ...docs.sort()].filter((path) => existsSync(join(root, path)));
}

/** The text outside fenced code blocks, with inline code blanked out (its length kept): links inside code are not links. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]+`/g, (code) => 'c'.repeat(code.length));
}

/** GitHub's id for a heading: lower case, punctuation dropped (not '-' or '_'), spaces to '-'; Japanese is kept. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every id a Markdown file's headings get, a repeated one numbered as GitHub numbers it (-1, -2, …). */
function anchors(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = slug(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) ids.add(match[1]!);
  return ids;
}

/** Relative link and image targets of a Markdown text: `[x](path)`, `[x](path#anchor)`, `![x](path)`, `[x](#anchor)`. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1]!)
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Each link of these files that leads nowhere: "file: target (why)". */
function brokenLinks(root: string, files: string[]): string[] {
  const broken: string[] = [];
  for (const file of files) {
    const source = join(root, file);
    const markdown = readFileSync(source, 'utf8');
    for (const target of linkTargets(markdown)) {
      const [rawPath = '', rawAnchor] = target.split('#', 2);
      const path = decodeURIComponent(rawPath);
      const anchor = rawAnchor === undefined ? undefined : decodeURIComponent(rawAnchor);
      const resolved = path === '' ? source : path.startsWith('/') ? join(root, path) : resolve(dirname(source), path);
      if (!existsSync(resolved)) {
        broken.push(`${file}: ${target} (no file ${relative(root, resolved)})`);
        continue;
      }
      if (anchor === undefined || anchor === '' || !resolved.endsWith('.md') || statSync(resolved).isDirectory()) continue;
      if (!anchors(readFileSync(resolved, 'utf8')).has(anchor)) {
        broken.push(`${file}: ${target} (no heading #${anchor} in ${relative(root, resolved)})`);
      }
    }
  }
  return broken;
}

describe('the documentation', () => {
  it(`README.md is a front page of at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(lines, 'README.md: move the detail into docs/').toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('checks README.md, SECURITY.md and every Markdown file under docs/', () => {
    const files = documents(ROOT);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', join('docs', 'deploy.md')]));
    expect(files.some((file) => file.startsWith(join('docs', 'decisions')))).toBe(true);
  });

  it('has no relative link, image or #anchor that leads nowhere', () => {
    expect(brokenLinks(ROOT, documents(ROOT))).toEqual([]);
  });
});

describe('the link check', () => {
  it("makes GitHub's heading ids", () => {
    expect(slug('The audit trail, and ログイン履歴')).toBe('the-audit-trail-and-ログイン履歴');
    expect(slug('Performance: `npm run bench`')).toBe('performance-npm-run-bench');
    expect(slug('`LOGIN_HASH_KEY` cannot rotate in place')).toBe('login_hash_key-cannot-rotate-in-place');
    expect(slug('Where the product departs from NIST SP 800-63B-4 and OWASP ASVS, and why')).toBe(
      'where-the-product-departs-from-nist-sp-800-63b-4-and-owasp-asvs-and-why',
    );
    expect(slug('1. The project')).toBe('1-the-project');
    expect([...anchors('# A\n## A\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1']);
  });

  it('finds a missing file, a missing image, a missing heading and a missing heading of its own file', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-links-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'docs', 'other.md'), '# Other\n\n## A section\n');
      writeFileSync(
        join(root, 'docs', 'page.md'),
        [
          '# Page',
          '[fine](other.md#a-section) [fine too](#page) [site](https://example.com/nowhere.md) `[in code](gone.md)`',
          '```',
          '[in a block](gone.md)',
          '```',
          '[file](gone.md) ![image](screenshots/none.png) [heading](other.md#no-such-section) [own](#nothing-here)',
        ].join('\n'),
      );
      expect(brokenLinks(root, [join('docs', 'page.md')])).toEqual([
        `${join('docs', 'page.md')}: gone.md (no file ${join('docs', 'gone.md')})`,
        `${join('docs', 'page.md')}: screenshots/none.png (no file ${join('docs', 'screenshots', 'none.png')})`,
        `${join('docs', 'page.md')}: other.md#no-such-section (no heading #no-such-section in ${join('docs', 'other.md')})`,
        `${join('docs', 'page.md')}: #nothing-here (no heading #nothing-here in ${join('docs', 'page.md')})`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
