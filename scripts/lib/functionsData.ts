import { emulatorEnv, PROJECT_ID } from './ports';
import { localHashKey } from './localSecret';

/*
 * The functions' own data-access modules, loaded into a script or test
 * process that talks to the local emulators: the tester console, its clock
 * and the demo loader read and write exactly the shapes the functions do,
 * through the same code, instead of restating collection paths.
 */

if (!PROJECT_ID.startsWith('demo-')) {
  throw new Error(`Refusing to touch project "${PROJECT_ID}": local tools work only on a demo- project (the emulators).`);
}
Object.assign(process.env, emulatorEnv, {
  LOGIN_HASH_KEY: localHashKey(),
  // What initializeApp() reads as its options when given none, as the Functions emulator sets it:
  // without a project id in them the Admin SDK asks the cloud metadata server for one.
  FIREBASE_CONFIG: JSON.stringify({ projectId: PROJECT_ID }),
});

// Imported only now: functions/src/platform/firebase.ts starts the Admin SDK
// as it loads, and it must see the emulator hosts and the project set above.
export const { db, auth } = await import('../../functions/src/platform/firebase');
export const lockout = await import('../../functions/src/login/lockout');
export const trustedDevices = await import('../../functions/src/trustedDevices/trustedDevice');
export const verification = await import('../../functions/src/otp/verification');
export const verificationLimits = await import('../../functions/src/otp/verificationLimits');
export const passwords = await import('../../functions/src/passwords/passwords');
export const sessions = await import('../../functions/src/sessions/session');
export const securityEvents = await import('../../functions/src/securityEvents/securityEvents');
export const identityCheck = await import('../../functions/src/reRegistration/identityCheck');
export const resetMailLimit = await import('../../functions/src/passwordReset/resetMailLimit');
