import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * docs/product-rules.md's glossary holds: no word it retires is in what the job seeker reads (the screens, the
 * contracts' messages, the mails). The retired words are read from the glossary itself, so the table and the
 * check cannot drift apart.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The retired words of the glossary table: `word`, or `/expression/`. */
function retiredWords(markdown: string): RegExp[] {
  const section = markdown.split(/^## Glossary$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| thing') && !line.startsWith('| ---'));
  return rows.flatMap((row) =>
    [...(row.split(' | ').at(-1) ?? '').matchAll(/`([^`]+)`/g)].map(([, word]) =>
      word!.startsWith('/') && word!.endsWith('/')
        ? new RegExp(word!.slice(1, -1), 'u')
        : new RegExp(word!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u'),
    ),
  );
}

/** The source files whose Japanese a job seeker reads, relative to the repository's root. */
function textSources(): string[] {
  const under = (folder: string, keep: (path: string) => boolean) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && keep(path))
      .map((path) => join(folder, path));
  return [
    ...under('web/src', (path) => !path.startsWith('testing')),
    ...under('contracts/src', () => true),
    ...under('functions/src', (path) => /Mails?\.ts$/.test(path)),
  ];
}

/** "file:line: word" for each retired word in these texts. */
function retiredWordsIn(files: { name: string; text: string }[], words: RegExp[]): string[] {
  return files.flatMap(({ name, text }) =>
    text
      .split('\n')
      .flatMap((line, index) =>
        words.filter((word) => word.test(line)).map((word) => `${name}:${index + 1}: ${line.match(word)![0]} (${line.trim()})`),
      ),
  );
}

const words = retiredWords(readFileSync(join(ROOT, 'docs/product-rules.md'), 'utf8'));

describe('the glossary', () => {
  it('retires words (read from docs/product-rules.md)', () => {
    expect(words.length).toBeGreaterThan(10);
  });

  it('leaves no retired word on the screens, in the messages or in the mails', () => {
    const files = textSources().map((name) => ({ name, text: readFileSync(join(ROOT, name), 'utf8') }));
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['contracts/src/errors.ts', 'functions/src/otp/otpMail.ts', 'web/src/features/otp/OtpInstructions.tsx']),
    );
    expect(retiredWordsIn(files, words)).toEqual([]);
  });

  it('finds the variants it retires, and passes the words it keeps', () => {
    const retired = [
      '「求職者マイページログイン」画面に戻り',
      '新しいログインIDになります',
      'ログイン用のメールアドレスとパスワード',
      'ワントタイムパスワード',
      '省略する設定を、すべての端末から解除',
      '「ワンタイムパスワードの入力を再開する」を押すと',
      'このアカウントへのコードの送信を停止',
    ];
    const kept = ['ログイン画面に戻り', 'ID(メールアドレス)', '確認コード', '取り消しコード', '全ての端末・ブラウザ', '『完了』をクリック'];
    const sample = (lines: string[]) => [{ name: 'sample', text: lines.join('\n') }];
    expect(retiredWordsIn(sample(retired), words).map((hit) => hit.split(':')[1])).toEqual(retired.map((_, index) => String(index + 1)));
    expect(retiredWordsIn(sample(kept), words)).toEqual([]);
  });
});
