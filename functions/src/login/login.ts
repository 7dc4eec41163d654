import { loginRequestSchema, type LoginResponse } from '@hellowork/contracts';
import { completeLogin } from '../account/account';
import { createChallenge } from '../otp/challenge';
import { otpMail } from '../otp/otpMail';
import { ApiError, apiFunction } from '../platform/http';
import { sendMail } from '../platform/mail';
import { findTrustedDevice, readDeviceEntries } from '../trustedDevices/trustedDevice';
import { checkPassword } from './passwordCheck';
import { clearFailures, failureLocks, takeLoginTicket } from './lockout';

/** Step ①–④: e-mail and password; then either straight in (trusted browser) or an OTP by mail. */
export const login = apiFunction(loginRequestSchema, async ({ email, password }, { req }): Promise<LoginResponse> => {
  const result = await takeLoginTicket(email);
  if ('lockedUntil' in result) throw new ApiError('account-locked');

  const account = await checkPassword(email, password);
  if (!account) throw new ApiError(failureLocks(result.ticket) ? 'account-locked' : 'invalid-credentials');
  await clearFailures(result.ticket);

  if (await findTrustedDevice(account.uid, readDeviceEntries(req))) {
    const { customToken } = await completeLogin(account.uid, 'trustedDevice');
    return { status: 'signed-in', customToken };
  }

  const challenge = await createChallenge('login-otp', account.uid);
  try {
    await sendMail(otpMail(email, challenge.code, challenge.expiresAt));
  } catch (error) {
    await challenge.discard(); // nobody can ever receive this code
    throw error;
  }
  return { status: 'otp-required', challengeId: challenge.challengeId };
});
