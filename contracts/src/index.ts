export * from './api.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './mail.ts';
export * from './otpCode.ts';
export * from './japanTime.ts';
export * from './paths.ts';
export * from './securityEvents.ts';
