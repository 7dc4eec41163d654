export { login } from './login/login';
export { verifyOtp } from './otp/verifyOtp';
export { getMyPageHome } from './myPage/getMyPageHome';
export { getAccountSettings } from './settings/getAccountSettings';
export { logout } from './sessions/logout';
export { revokeAllTrustedDevices, revokeTrustedDevice } from './trustedDevices/revokeTrustedDevices';
export { getSecurityHistory } from './securityEvents/getSecurityHistory';
