export * from './api';
export * from './errors';
export * from './limits';
export * from './otpCode';
export * from './japanTime';
