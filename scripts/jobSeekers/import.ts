// npm run job-seekers:import -- --project <project id> <file.csv>
// The offices' list of job seekers into a project: every row checked first (a bad one named by its line, and
// nothing written), then new job seekers created and mailed their マイページ開設 code, known ones updated.
// `--project demo-hellowork` (the local stack's project) writes to the running emulators; any other project
// is reached with Application Default Credentials (`gcloud auth application-default login`). See docs/deploy.md.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeCsv, readJobSeekerList, type BadRow } from './csv';

const { values, positionals } = parseArgs({ options: { project: { type: 'string' } }, allowPositionals: true });
const [file] = positionals;
if (!values.project || !file || positionals.length !== 1) {
  console.error('usage: npm run job-seekers:import -- --project <project id> <file.csv>');
  process.exit(2);
}
const project = values.project;

function refuse(bad: BadRow[]): never {
  console.error(`取り込めない行が${bad.length}行あります。何も書き込んでいません。直してからもう一度実行してください。`);
  for (const { line, reason } of bad) console.error(`  ${line}行目: ${reason}`);
  process.exit(1);
}

/** The functions' hash key from Secret Manager, read as the operator (ADC): the records are named by its hashes. */
async function hashKeyOf(projectId: string): Promise<string> {
  const { applicationDefault } = await import('firebase-admin/app');
  const { access_token } = await applicationDefault().getAccessToken();
  const response = await fetch(
    `https://secretmanager.googleapis.com/v1/projects/${projectId}/secrets/LOGIN_HASH_KEY/versions/latest:access`,
    {
      headers: { authorization: `Bearer ${access_token}` },
    },
  );
  if (!response.ok) throw new Error(`Secret Manager refused LOGIN_HASH_KEY (${response.status}): ${await response.text()}`);
  const { payload } = (await response.json()) as { payload: { data: string } };
  return Buffer.from(payload.data, 'base64').toString('utf8');
}

const { text, encoding } = decodeCsv(readFileSync(file));
const { rows, bad } = readJobSeekerList(text);
console.error(`${file}: ${encoding}、${rows.length + bad.length}行`);
if (bad.length > 0) refuse(bad);

if (project.startsWith('demo-')) {
  // The running local stack: its emulators, its hash key, its task queue (testing/functionsData.ts refuses any other project).
  const { PROJECT_ID } = await import('../lib/ports');
  if (project !== PROJECT_ID) throw new Error(`The local stack runs ${PROJECT_ID}, not ${project}.`);
  await import('../../testing/functionsData');
} else {
  const { RUNTIME_SERVICE_ACCOUNT } = await import('@hellowork/functions/tools');
  Object.assign(process.env, {
    GCLOUD_PROJECT: project,
    // The tasks it queues call the follow-up function as the functions' own account, as theirs do.
    FIREBASE_CONFIG: JSON.stringify({
      projectId: project,
      serviceAccountId: `${RUNTIME_SERVICE_ACCOUNT}${project}.iam.gserviceaccount.com`,
    }),
    LOGIN_HASH_KEY: await hashKeyOf(project),
  });
}

const { importJobSeekers } = await import('./importJobSeekers');
const started = performance.now();
const outcome = await importJobSeekers(rows, (step) => console.error(`  ${step}`));
if ('bad' in outcome) refuse(outcome.bad);
console.log(
  `取り込み完了(${project}、${((performance.now() - started) / 1000).toFixed(1)}秒): 新規 ${outcome.created}件(マイページ開設メールを送信)、更新 ${outcome.updated}件、変更なし ${outcome.unchanged}件`,
);
process.exit(0);
