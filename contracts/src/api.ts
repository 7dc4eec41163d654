import { z } from './zod.ts';
import { CODE_DIGITS } from './limits.ts';
import { enteredPasswordSchema, newPasswordSchema } from './passwordPolicy.ts';
import { normalizeMailedCode, mailedCodePattern } from './mailedCode.ts';
import { birthDateSchema, jobSeekerNumberSchema, reRegistrationCancelCodeSchema } from './identity.ts';
import type { SecurityHistory } from './securityEvents.ts';

/**
 * The requests and responses of every function, validated with the same
 * schemas on both sides: the screens before sending, the functions on receipt.
 */

export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'メールアドレスを入力してください。'), z.maxLength(254, 'メールアドレスが長すぎます。')),
  z.email('メールアドレスの形式が正しくありません。(例: hellowork@example.jp)').check(z.toLowerCase()),
);

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: enteredPasswordSchema,
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export type LoginResponse = { status: 'otp-required'; verificationId: string } | { status: 'signed-in'; customToken: string };

/** A mailed code as typed (full-width digits and spaces allowed), under the name its mail gives it. */
const mailedCodeSchema = (name: string) =>
  z
    .string()
    .check(
      z.overwrite(normalizeMailedCode),
      z.minLength(1, `${name}を入力してください。`),
      z.regex(mailedCodePattern, `${name}は半角数字${CODE_DIGITS}桁で入力してください。`),
    );
export const otpCodeSchema = mailedCodeSchema('ワンタイムパスワード');
/** The code of パスワードをお忘れの方, アカウントを再登録 and メールアドレスの変更: their mails call it 確認コード. */
export const confirmationCodeSchema = mailedCodeSchema('確認コード');
const verificationIdSchema = z.string().check(z.minLength(1), z.maxLength(512));

export const verifyOtpRequestSchema = z.strictObject({
  verificationId: verificationIdSchema,
  code: otpCodeSchema,
  trustThisBrowser: z.boolean(),
});
export type VerifyOtpRequest = z.input<typeof verifyOtpRequestSchema>;
export type VerifyOtpResponse = { customToken: string };

export const emptyRequestSchema = z.strictObject({});

export type JobSeekerStatus = { active: boolean; validUntil: string | null };

export type MyPageHome = {
  displayName: string;
  /** 有効 only while active and before its 期限: past it, the status is 無効 (the manual). */
  jobSeekerStatus: JobSeekerStatus;
  officeName: string;
  /** ISO time of the login before this one; null on the first login. */
  previousLoginAt: string | null;
  newMessageCount: number;
  /** null while the 求職状態 is 無効: referrals are for active job seekers only. */
  referralJobs: {
    total: number;
    latest: { occupation: string; title: string; employer: string; count: number }[];
  } | null;
};

export type TrustedDeviceView = {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** This browser is the one making the request. */
  current: boolean;
};

export type AccountSettings = {
  email: string;
  jobSeekerStatus: JobSeekerStatus;
  trustedDevices: TrustedDeviceView[];
};

/**
 * A trusted browser's id: 22 URL-safe characters (128 random bits). Firestore
 * refuses document ids of the form __…__, so no such id is ever issued or accepted.
 */
export const trustedDeviceIdPattern = /^(?!__.*__$)[A-Za-z0-9_-]{22}$/;

export const revokeTrustedDeviceRequestSchema = z.strictObject({ deviceId: z.string().check(z.regex(trustedDeviceIdPattern)) });
export type RevokeTrustedDeviceRequest = z.input<typeof revokeTrustedDeviceRequestSchema>;
export type RevokeResponse = { revoked: number };
export type LogoutResponse = { loggedOut: true };

/** パスワードをお忘れの方, step 1: the address. The answer is the same whether or not it has an account. */
export const requestPasswordResetRequestSchema = z.strictObject({ email: emailSchema });
export type RequestPasswordResetRequest = z.input<typeof requestPasswordResetRequestSchema>;
export type RequestPasswordResetResponse = { verificationId: string };

/** Step 2: the code from the mail and the new password. */
export const resetPasswordRequestSchema = z.strictObject({
  verificationId: verificationIdSchema,
  code: confirmationCodeSchema,
  newPassword: newPasswordSchema,
});
export type ResetPasswordRequest = z.input<typeof resetPasswordRequestSchema>;
export type ResetPasswordResponse = { reset: true };

/** パスワード変更, from a session that passed the second factor. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: enteredPasswordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;
/** A fresh session for this browser: every other one ended with the old password. */
export type ChangePasswordResponse = { customToken: string };

/** メールアドレスの変更, step 1, from a session that passed the second factor: the current password and the new address. */
export const requestEmailChangeRequestSchema = z.strictObject({
  currentPassword: enteredPasswordSchema,
  newEmail: emailSchema,
});
export type RequestEmailChangeRequest = z.input<typeof requestEmailChangeRequestSchema>;
/** The same answer whether the code went to the new address or its holder was told someone tried to use it. */
export type RequestEmailChangeResponse = { verificationId: string };

/** Step 2: the code mailed to the new address. */
export const confirmEmailChangeRequestSchema = z.strictObject({ verificationId: verificationIdSchema, code: confirmationCodeSchema });
export type ConfirmEmailChangeRequest = z.input<typeof confirmEmailChangeRequestSchema>;
export type ConfirmEmailChangeResponse = { email: string };

/** アカウントを再登録, step 1: who the job seeker is (求職受付票) and the new address. */
export const requestReRegistrationRequestSchema = z.strictObject({
  jobSeekerNumber: jobSeekerNumberSchema,
  birthDate: birthDateSchema,
  email: emailSchema,
});
export type RequestReRegistrationRequest = z.input<typeof requestReRegistrationRequestSchema>;
export type RequestReRegistrationResponse = { verificationId: string };

/** Step 2: the code mailed to the new address and the new password. */
export const completeReRegistrationRequestSchema = z.strictObject({
  verificationId: verificationIdSchema,
  code: confirmationCodeSchema,
  newPassword: newPasswordSchema,
});
export type CompleteReRegistrationRequest = z.input<typeof completeReRegistrationRequestSchema>;
/** The new address and password take effect at `takesEffectAt` (ISO), after the hold. */
export type CompleteReRegistrationResponse = { email: string; takesEffectAt: string };

/** 再登録の取り消し: the cancel code mailed to the old address ends the hold, and the re-registration with it. */
export const cancelReRegistrationRequestSchema = z.strictObject({ cancelCode: reRegistrationCancelCodeSchema });
export type CancelReRegistrationRequest = z.input<typeof cancelReRegistrationRequestSchema>;
export type CancelReRegistrationResponse = { cancelled: true };

/** 求職の取消: the 求職状態 becomes 無効; only a Hello Work office makes it 有効 again. */
export type CancelJobSeekingResponse = { jobSeekerStatus: JobSeekerStatus };

/**
 * Who may call a function: anyone (the login's two steps, パスワードをお忘れの方, アカウントを再登録,
 * and logout, which ends whatever session its token names), or only a session that passed both steps.
 */
export type ApiAccess = 'anyone' | 'signed-in';

/**
 * One function of the API: who may call it, the request it takes, whether it hashes a password (Argon2id:
 * slow by design, so deployed on instances sized for it), and (as a type only) what it answers.
 */
export type ApiEndpoint<Request extends z.ZodMiniType = z.ZodMiniType, Response = unknown> = {
  access: ApiAccess;
  request: Request;
  hashesPassword: boolean;
  /** Never set: carries the answer's type to both sides. */
  response?: Response;
};
/** 初回パスワード設定: the code of the マイページ開設 mail (its link carries the verification id) and the first password. */
export const setFirstPasswordRequestSchema = resetPasswordRequestSchema;
export type SetFirstPasswordRequest = z.input<typeof setFirstPasswordRequestSchema>;
export type SetFirstPasswordResponse = { set: true };

const endpoint =
  <Response>() =>
  <Request extends z.ZodMiniType>(
    access: ApiAccess,
    request: Request,
    { hashesPassword = false } = {},
  ): ApiEndpoint<Request, Response> => ({
    access,
    request,
    hashesPassword,
  });
const hashing = { hashesPassword: true };

/**
 * The API, in one table: every function by the name the browser calls at /api/<name>. The functions'
 * exports, the Hosting rewrites (firebase.json, checked by a test), the dev server's proxy, the stack's
 * readiness check and the attack suites all follow it; `npm run lint` refuses a second list of its names.
 */
export const api = {
  login: endpoint<LoginResponse>()('anyone', loginRequestSchema, hashing),
  verifyOtp: endpoint<VerifyOtpResponse>()('anyone', verifyOtpRequestSchema),
  getMyPageHome: endpoint<MyPageHome>()('signed-in', emptyRequestSchema),
  getAccountSettings: endpoint<AccountSettings>()('signed-in', emptyRequestSchema),
  revokeTrustedDevice: endpoint<RevokeResponse>()('signed-in', revokeTrustedDeviceRequestSchema),
  revokeAllTrustedDevices: endpoint<RevokeResponse>()('signed-in', emptyRequestSchema),
  logout: endpoint<LogoutResponse>()('anyone', emptyRequestSchema),
  getSecurityHistory: endpoint<SecurityHistory>()('signed-in', emptyRequestSchema),
  requestPasswordReset: endpoint<RequestPasswordResetResponse>()('anyone', requestPasswordResetRequestSchema),
  resetPassword: endpoint<ResetPasswordResponse>()('anyone', resetPasswordRequestSchema, hashing),
  setFirstPassword: endpoint<SetFirstPasswordResponse>()('anyone', setFirstPasswordRequestSchema, hashing),
  changePassword: endpoint<ChangePasswordResponse>()('signed-in', changePasswordRequestSchema, hashing),
  requestEmailChange: endpoint<RequestEmailChangeResponse>()('signed-in', requestEmailChangeRequestSchema, hashing),
  confirmEmailChange: endpoint<ConfirmEmailChangeResponse>()('signed-in', confirmEmailChangeRequestSchema),
  requestReRegistration: endpoint<RequestReRegistrationResponse>()('anyone', requestReRegistrationRequestSchema),
  completeReRegistration: endpoint<CompleteReRegistrationResponse>()('anyone', completeReRegistrationRequestSchema, hashing),
  cancelReRegistration: endpoint<CancelReRegistrationResponse>()('anyone', cancelReRegistrationRequestSchema),
  cancelJobSeeking: endpoint<CancelJobSeekingResponse>()('signed-in', emptyRequestSchema),
};
export type ApiFunctionName = keyof typeof api;
export const apiFunctionNames = Object.keys(api) as ApiFunctionName[];
export type ApiRequest<Name extends ApiFunctionName> = z.input<(typeof api)[Name]['request']>;
export type ApiResponse<Name extends ApiFunctionName> = NonNullable<(typeof api)[Name]['response']>;
