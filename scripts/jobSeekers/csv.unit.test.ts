import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, readJobSeekerList } from './csv';

const HEADER = '求職番号,生年月日,氏名,利用安定所,メールアドレス';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("the offices' list of job seekers", () => {
  it('reads Shift_JIS as Excel saves it on Japanese Windows (髙 included), and UTF-8 with or without a BOM', () => {
    const sjis = decodeCsv(readFileSync(new URL('fixtures/shift-jis.csv', import.meta.url)));
    expect(sjis.encoding).toBe('Shift_JIS');
    expect(readJobSeekerList(sjis.text)).toEqual({
      rows: [
        {
          line: 2,
          jobSeekerNumber: '13010-55500011',
          birthDate: '1988-04-01',
          displayName: '髙橋 一郎',
          officeName: '飯田橋公共職業安定所',
          email: 'import-sjis@example.jp',
        },
      ],
      bad: [],
    });
    const row = '1301055500011,1988-04-01,試験 花子,渋谷公共職業安定所,Hanako@Example.jp';
    for (const bytes of [utf8(`\uFEFF${HEADER}\n${row}\n`), utf8(`${HEADER}\n${row}`)]) {
      const { text, encoding } = decodeCsv(bytes);
      expect(encoding).toBe('UTF-8');
      expect(readJobSeekerList(text).rows).toMatchObject([{ jobSeekerNumber: '13010-55500011', email: 'hanako@example.jp' }]);
    }
  });

  it('names every bad row by its line and reason, and takes quoted fields with commas and line breaks', () => {
    const text = [
      `メールアドレス,氏名,利用安定所,生年月日,求職番号`,
      `a@example.jp,"試験, 太郎",渋谷公共職業安定所,1990-04-01,13010-00000001`,
      `b@example.jp,,渋谷公共職業安定所,1990-02-30,123`,
      `"c@example.jp","複数行の
氏名",渋谷公共職業安定所,1990-04-01,13010-00000002`,
      `a@example.jp,別人,渋谷公共職業安定所,1990-04-01,13010-00000003`,
      `d@example.jp,短い行`,
      ``,
    ].join('\r\n');
    const { rows, bad } = readJobSeekerList(text);
    expect(rows.map((row) => [row.line, row.displayName])).toEqual([
      [2, '試験, 太郎'],
      [4, '複数行の\n氏名'],
    ]);
    expect(bad).toEqual([
      {
        line: 3,
        reason: expect.stringMatching(/^求職番号: .*生年月日: 生年月日に存在しない日付が入力されています。 氏名: 氏名が空です。$/),
      },
      { line: 6, reason: 'メールアドレスが2行目と同じです。' },
      { line: 7, reason: '列の数が見出しと違います(2列、見出しは5列)。' },
    ]);
  });

  it('refuses a list without the columns it needs, or with nothing in it', () => {
    expect(readJobSeekerList('求職番号,氏名\n1,2').bad).toEqual([
      { line: 1, reason: '見出しに 生年月日、利用安定所、メールアドレス の列がありません。' },
    ]);
    expect(readJobSeekerList('').bad).toEqual([{ line: 1, reason: 'ファイルが空です。' }]);
  });
});
