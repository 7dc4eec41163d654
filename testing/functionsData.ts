import { emulatorEnv, HOST, PROJECT_ID, ports } from '../scripts/lib/ports';
import { localHashKey } from '../scripts/lib/localSecret';
import { RUNTIME_SERVICE_ACCOUNT } from '@hellowork/functions/tools';

/*
 * The functions' data layer (their one published entry for tools), pointed at
 * the local emulators: the tester console, its clock, the demo loader and the
 * tests read and write exactly the records the functions do, through the same
 * code, instead of restating collection paths. Firebase starts at the first
 * read, after the settings below.
 */

if (!PROJECT_ID.startsWith('demo-')) {
  throw new Error(`Refusing to touch project "${PROJECT_ID}": local tools work only on a demo- project (the emulators).`);
}
Object.assign(process.env, emulatorEnv, {
  LOGIN_HASH_KEY: localHashKey(),
  // MailDev, as the Functions emulator's own secrets name it: what the data layer does (a hold the tester
  // console ends) mails as the functions would.
  SMTP_URL: `smtp://${HOST}:${ports.smtp}`,
  // The emulator's Cloud Tasks: what the data layer queues (a notice, a マイページ開設 mail) runs as the functions' would.
  CLOUD_TASKS_EMULATOR_HOST: `${HOST}:${ports.tasks}`,
  // What initializeApp() reads as its options when given none, as the Functions emulator sets it: without a
  // project id the Admin SDK asks the cloud metadata server for one, and without the account a queued task
  // runs as, for that (a warning after a timeout, offline).
  FIREBASE_CONFIG: JSON.stringify({
    projectId: PROJECT_ID,
    serviceAccountId: `${RUNTIME_SERVICE_ACCOUNT}${PROJECT_ID}.iam.gserviceaccount.com`,
  }),
});

export * from '@hellowork/functions/tools';
