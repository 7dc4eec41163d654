import type { PasswordHash } from '../data/records';
import { findLoginAccount, moveLoginAccount } from '../passwords/passwords';
import { ApiError } from '../platform/http';
import { sendMail } from '../platform/mail';
import { newVerification, verifyCode, type WrongCodeOutcome } from '../verification/verification';
import { reserveCodeMail } from '../verification/verificationLimits';
import { jobSeekerRef } from '../data/collections';
import { addressConfirmationMail, addressInUseMail, type NewAddressPurpose } from './addressMails';

/*
 * A new login address is the account's only once a code mailed to it comes
 * back (メールアドレスの変更, アカウントを再登録): one verification record per
 * account and purpose, its target the new address.
 */

/**
 * Mails the code to the new address, or, when the address is another
 * account's login id, tells that holder instead (no code anyone can use).
 * The caller answers the same verification id either way: nobody learns from
 * this flow which addresses have accounts. Counted toward the account's code
 * mails (5 in 15 minutes) and refused while it is blocked for wrong codes.
 */
export async function sendAddressConfirmation(purpose: NewAddressPurpose, uid: string, address: string, now = Date.now()): Promise<string> {
  const mail = await reserveCodeMail(purpose, uid, now);
  const holder = await findLoginAccount(address);
  const verification = newVerification(purpose, uid, now, { target: address });
  await verification.save();
  try {
    await sendMail(
      holder && holder.uid !== uid
        ? addressInUseMail(address, purpose, now)
        : addressConfirmationMail(address, purpose, verification.code, verification.expiresAt),
    );
  } catch (error) {
    // Nobody can ever receive this code, and no mail went out to count.
    await Promise.all([verification.discard(), mail.release()]);
    throw error;
  }
  return verification.verificationId;
}

/** Checks the code mailed to the new address; the account and the address it proved. */
export async function verifyAddressCode(
  purpose: NewAddressPurpose,
  verificationId: string,
  code: string,
  onWrongCode: (uid: string, outcome: WrongCodeOutcome) => Promise<void>,
): Promise<{ uid: string; address: string }> {
  const { uid, target } = await verifyCode(purpose, verificationId, code, onWrongCode);
  if (!target) throw new ApiError('code-superseded');
  return { uid, address: target };
}

/** The account logs in with, and is mailed at, the new address from now on; the old one stops working. */
export async function changeLoginAddress(uid: string, from: string, to: string, newPasswordHash: PasswordHash | null, now = Date.now()) {
  await moveLoginAccount(uid, { from, to, newPasswordHash }, (batch) => batch.update(jobSeekerRef(uid), { email: to }), now);
}
