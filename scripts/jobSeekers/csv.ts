import { birthDateSchema, emailSchema, formatJobSeekerNumber, jobSeekerNumberSchema, z } from '@hellowork/contracts';

/*
 * The offices' list of job seekers, as their spreadsheets save it: a header of 求職番号, 生年月日, 氏名,
 * 利用安定所, メールアドレス (in any order), then a row per job seeker. UTF-8 with or without a BOM, or
 * Shift_JIS (Excel's「CSV (コンマ区切り)」on Japanese Windows). Every row is checked before anything is
 * written; a bad one is named by its line and reason.
 */

export const COLUMNS = {
  jobSeekerNumber: '求職番号',
  birthDate: '生年月日',
  displayName: '氏名',
  officeName: '利用安定所',
  email: 'メールアドレス',
} as const;

/** The longest 氏名 or 利用安定所 the import takes (My Page shows both on one line). */
const MAX_NAME_LENGTH = 100;

export type ImportRow = {
  line: number;
  jobSeekerNumber: string;
  birthDate: string;
  displayName: string;
  officeName: string;
  email: string;
};
export type BadRow = { line: number; reason: string };

/** UTF-8 (a BOM, or bytes that are valid UTF-8), else Shift_JIS; Node's TextDecoder knows it with full ICU (Node's default). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
  }
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), each with the line it starts on. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      start = ++line;
    } else field += char;
  }
  endRecord();
  return records;
}

const nameSchema = (label: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `${label}が空です。`),
      z.maxLength(MAX_NAME_LENGTH, `${label}が長すぎます(${MAX_NAME_LENGTH}文字まで)。`),
    );
const rowSchema = z.object({
  jobSeekerNumber: jobSeekerNumberSchema,
  // Spreadsheets write dates as 1990/4/1: read as 1990-04-01.
  birthDate: z.pipe(
    z
      .string()
      .check(
        z.overwrite((value) =>
          value
            .trim()
            .replace(
              /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/,
              (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
            ),
        ),
      ),
    birthDateSchema,
  ),
  displayName: nameSchema('氏名'),
  officeName: nameSchema('利用安定所'),
  email: emailSchema,
});

/** The rows of a list, or every reason it cannot be imported as it is. */
export function readJobSeekerList(text: string): { rows: ImportRow[]; bad: BadRow[] } {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return { rows: [], bad: [{ line: 1, reason: 'ファイルが空です。' }] };
  const names = header.fields.map((name) => name.trim());
  const missing = Object.values(COLUMNS).filter((column) => !names.includes(column));
  if (missing.length > 0) return { rows: [], bad: [{ line: header.line, reason: `見出しに ${missing.join('、')} の列がありません。` }] };
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, column]) => [key, names.indexOf(column)])) as Record<
    keyof typeof COLUMNS,
    number
  >;

  const rows: ImportRow[] = [];
  const bad: BadRow[] = [];
  const firstLineOf = { jobSeekerNumber: new Map<string, number>(), email: new Map<string, number>() };
  for (const { line, fields } of records) {
    if (fields.length !== names.length) {
      bad.push({ line, reason: `列の数が見出しと違います(${fields.length}列、見出しは${names.length}列)。` });
      continue;
    }
    const parsed = rowSchema.safeParse(Object.fromEntries(Object.entries(index).map(([key, at]) => [key, fields[at]])));
    if (!parsed.success) {
      bad.push({
        line,
        reason: parsed.error.issues.map((issue) => `${COLUMNS[issue.path[0] as keyof typeof COLUMNS]}: ${issue.message}`).join(' '),
      });
      continue;
    }
    const row = { line, ...parsed.data, jobSeekerNumber: formatJobSeekerNumber(parsed.data.jobSeekerNumber) };
    const repeated = (['jobSeekerNumber', 'email'] as const).filter((key) => firstLineOf[key].has(row[key]));
    if (repeated.length > 0) {
      bad.push({ line, reason: repeated.map((key) => `${COLUMNS[key]}が${firstLineOf[key].get(row[key])}行目と同じです。`).join(' ') });
      continue;
    }
    for (const key of ['jobSeekerNumber', 'email'] as const) firstLineOf[key].set(row[key], line);
    rows.push(row);
  }
  return { rows, bad };
}
