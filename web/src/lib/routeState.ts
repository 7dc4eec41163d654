/**
 * What one screen hands the next through the router's location state. Kept
 * here, outside any feature, so features never import each other.
 */

/** Login → ワンタイムパスワード入力: the challenge to answer and where its mail went. */
export type OtpScreenState = { verificationId: string; email: string };
