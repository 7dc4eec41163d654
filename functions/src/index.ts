export { login } from './login/login';
export { verifyOtp } from './otp/verifyOtp';
export { getMyPageHome } from './myPage/getMyPageHome';
export { getAccountSettings } from './settings/getAccountSettings';
export { revokeAllTrustedDevices, revokeTrustedDevice } from './trustedDevices/revokeTrustedDevices';
