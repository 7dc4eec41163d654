import { randomBytes } from 'node:crypto';
import type { DocumentReference, WriteBatch } from 'firebase-admin/firestore';
import { jobSeekerNumberSchema } from '@hellowork/contracts';
import {
  auth,
  awaitingFirstPassword,
  birthDateHash,
  enqueueFollowUp,
  FIRST_PASSWORD_INVITATIONS_PER_TASK,
  firestore,
  jobSeekerIdentityRef,
  jobSeekerRef,
  loginAccountRef,
  newJobSeekerRecord,
} from '@hellowork/functions/tools';
import type { BadRow, ImportRow } from './csv';

/*
 * The rows of a checked list into the project: a job seeker whose 求職番号 is new gets an account (a Firebase
 * Auth user with a uid only, the records the functions read, a login that takes no password yet) and a
 * マイページ開設 mail; one already there gets its 氏名 and 利用安定所 updated, and nothing else (its login, address
 * and password are the job seeker's). Everything is read and checked first: a row that cannot go in stops the
 * whole list, with nothing written.
 */

export type ImportSummary = { created: number; updated: number; unchanged: number };

/** Firestore's limit on writes per batch. */
const BATCH_WRITES = 500;
/** Firebase Auth's limit on users per importUsers call. */
const AUTH_IMPORT_USERS = 1000;
/** Documents read per getAll: big enough to be few round trips, small enough for one request each. */
const READS_PER_CALL = 300;

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const newUid = () => randomBytes(21).toString('base64url').replace(/[-_]/g, '0');

async function readAll<T>(refs: DocumentReference<T>[]): Promise<(T | undefined)[]> {
  const read = await Promise.all(chunks(refs, READS_PER_CALL).map((part) => firestore().getAll(...(part as DocumentReference[]))));
  return read.flat().map((snapshot) => snapshot.data() as T | undefined);
}

/** Checks the rows against the project: an address that is another job seeker's login refuses its row. */
async function plan(rows: ImportRow[]) {
  const digits = (row: ImportRow) => jobSeekerNumberSchema.parse(row.jobSeekerNumber);
  const [identities, logins] = await Promise.all([
    readAll(rows.map((row) => jobSeekerIdentityRef(digits(row)))),
    readAll(rows.map((row) => loginAccountRef(row.email))),
  ]);
  const existing = rows.flatMap((row, i) => (identities[i] ? [{ row, uid: identities[i].uid }] : []));
  const records = await readAll(existing.map(({ uid }) => jobSeekerRef(uid)));
  const bad: BadRow[] = [];
  const created: ImportRow[] = [];
  rows.forEach((row, i) => {
    if (identities[i]) return;
    if (logins[i]) bad.push({ line: row.line, reason: 'メールアドレス: 別の求職者のログインに使われています。' });
    else created.push(row);
  });
  const updated = existing.filter(
    ({ row }, i) => records[i] && (records[i].displayName !== row.displayName || records[i].officeName !== row.officeName),
  );
  return { bad, created, updated, unchanged: existing.length - updated.length, digits };
}

export async function importJobSeekers(
  rows: ImportRow[],
  progress: (step: string) => void = () => {},
  now = Date.now(),
): Promise<{ bad: BadRow[] } | ImportSummary> {
  progress(`${rows.length}行をプロジェクトと照合中…`);
  const { bad, created, updated, unchanged, digits } = await plan(rows);
  if (bad.length > 0) return { bad };

  const accounts = created.map((row) => ({ row, uid: newUid() }));
  progress(`新規 ${accounts.length}件の Firebase Auth ユーザーを作成中…`);
  for (const part of chunks(accounts, AUTH_IMPORT_USERS)) {
    const result = await auth().importUsers(part.map(({ uid }) => ({ uid })));
    if (result.failureCount > 0) throw new Error(`Firebase Auth refused ${result.failureCount} users: ${result.errors[0]?.error.message}`);
  }
  const loginAccountRecord = await awaitingFirstPassword();
  type Write = (batch: WriteBatch) => void;
  const writes: Write[][] = [
    ...accounts.map(({ row, uid }): Write[] => [
      (batch) => batch.create(jobSeekerIdentityRef(digits(row)), { uid, birthDateHash: birthDateHash(digits(row), row.birthDate) }),
      (batch) => batch.create(loginAccountRef(row.email), loginAccountRecord(uid, now)),
      (batch) => batch.create(jobSeekerRef(uid), newJobSeekerRecord(row, now)),
    ]),
    ...updated.map(({ row, uid }): Write[] => [
      (batch) => batch.update(jobSeekerRef(uid), { displayName: row.displayName, officeName: row.officeName }),
    ]),
  ];
  // A job seeker's writes stay in one batch: none of them is ever there without the others.
  const perBatch = Math.floor(BATCH_WRITES / 3);
  let done = 0;
  for (const part of chunks(writes, perBatch)) {
    const batch = firestore().batch();
    for (const write of part.flat()) write(batch);
    await batch.commit();
    progress(`書き込み ${(done += part.length)}/${writes.length}`);
  }
  progress('マイページ開設メールを送信キューに登録中…');
  await Promise.all(
    chunks(accounts, FIRST_PASSWORD_INVITATIONS_PER_TASK).map((part) =>
      enqueueFollowUp({ kind: 'first-password-invitations', uid: null, uids: part.map(({ uid }) => uid), userAgent: null, now }),
    ),
  );
  return { created: accounts.length, updated: updated.length, unchanged };
}
