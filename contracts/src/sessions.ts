/** The ID token of a session that passed both steps, as every protected function reads it. */

/** The claim every protected function requires: which second factor signed this session in. */
export const SECOND_FACTOR_CLAIM = 'secondFactor';
/** The claim naming the server-side session record (users/{uid}/sessions/{id}) the token belongs to. */
export const SESSION_ID_CLAIM = 'sessionId';
export const secondFactors = ['otp', 'trustedDevice'] as const;
export type SecondFactor = (typeof secondFactors)[number];
