/*
 * The functions' one door for tools: the demo loader, the tester console, the
 * test helpers, the attack suite, the bench and the deploy check import this
 * entry (`@hellowork/functions/tools`) or call the HTTP API, never a module
 * behind it (`npm run lint` refuses it). It stands at the top of the functions,
 * beside `index.ts` (the deployed functions): it imports the capabilities, and
 * nothing imports it. `data/` is the bottom layer and imports no capability.
 * Importing it starts nothing: Firebase starts at the first read or write, with
 * whatever emulator hosts and project the tool has set by then.
 */

export { auth, firestore } from '../platform/firebase';
export * from '../data/collections';
export * from '../data/records';
export * from './testerViews';

// Records written as the functions write them (the demo loader, accounts of the tests' own).
export { awaitingFirstPassword, loginAccountRecords, findLoginAccount } from '../passwords/passwords';
export { newJobSeekerRecord } from '../account/jobSeeker';
export { birthDateHash } from '../reRegistration/identityCheck';
export { clearPasswordLocks } from '../login/lockout';
export { listSecurityEvents } from '../securityEvents/securityEvents';

// The password hash as the functions run it (the bench times it).
export { currentParameters, hashPassword, MAX_CONCURRENT_HASHES, verifyPassword } from '../passwords/passwordHash';

// How each function is deployed (the deploy check compares the upload's manifest with it).
export { FOLLOW_UP, FOLLOW_UP_RETRY } from '../followUps/queue';

// The first job seekers of a project (npm run job-seekers:import): their マイページ開設 mails, by the follow-up queue.
export { enqueueFollowUp, FIRST_PASSWORD_INVITATIONS_PER_TASK } from '../followUps/queue';
export { hashingFunction, lightFunction, RUNTIME_SERVICE_ACCOUNT, type Sizing } from '../platform/http';
