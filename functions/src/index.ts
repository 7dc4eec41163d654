import type { ApiFunctionName } from '@hellowork/contracts';
export { login } from './login/login';
export { verifyOtp } from './otp/verifyOtp';
export { getMyPageHome } from './myPage/getMyPageHome';
export { getAccountSettings } from './settings/getAccountSettings';
export { logout } from './sessions/logout';
export { revokeAllTrustedDevices, revokeTrustedDevice } from './trustedDevices/revokeTrustedDevices';
export { getSecurityHistory } from './securityEvents/getSecurityHistory';
export { requestPasswordReset } from './passwordReset/requestPasswordReset';
export { resetPassword } from './passwordReset/resetPassword';
export { setFirstPassword } from './firstPassword/setFirstPassword';
export { changePassword } from './passwordChange/changePassword';
export { requestEmailChange } from './emailChange/requestEmailChange';
export { confirmEmailChange } from './emailChange/confirmEmailChange';
export { requestReRegistration } from './reRegistration/requestReRegistration';
export { completeReRegistration } from './reRegistration/completeReRegistration';
export { cancelReRegistration } from './reRegistration/cancelReRegistration';
export { cancelJobSeeking } from './jobSeeking/cancelJobSeeking';
export { followUp } from './followUps/followUps';

// Checked as it compiles: every function of the API table (contracts' `api`) is exported here under its
// name, and nothing else but the follow-up queue (`firebase deploy` deploys exactly what this exports).
// A name missing or extra on either side makes `true` fail the constraint below.
type Exported = Exclude<keyof typeof import('./index'), 'followUp'>;
type Holds<Check extends true> = Check;
export type ExportsMatchApiTable = Holds<
  [Exclude<ApiFunctionName, Exported>, Exclude<Exported, ApiFunctionName>] extends [never, never] ? true : false
>;
