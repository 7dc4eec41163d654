import {
  errorMessages,
  isErrorCode,
  type ApiErrorBody,
  type ApiFunctionName,
  type ApiRequest,
  type ApiResponse,
  type ErrorCode,
} from '@hellowork/contracts';

export type FailureCode = ErrorCode | 'network';

let firebase: Promise<typeof import('./firebase')> | undefined;
/** Firebase Auth, fetched once, on first use (see firebase.ts): only signed-in screens and the sign-in need it. */
export const loadFirebase = () => (firebase ??= import('./firebase'));

const networkMessage = '通信できませんでした。インターネット接続をご確認のうえ、再度お試しください。';

/** A function's refusal (or no answer at all), with the Japanese message to show. */
export class ApiFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly remainingAttempts?: number,
  ) {
    super(message);
  }
}

/** The session's ID token; a refusal in Japanese, never Firebase's English, when it cannot be had. */
async function idToken(): Promise<string> {
  const { auth } = await loadFirebase();
  let token: string | undefined;
  try {
    token = await auth.currentUser?.getIdToken();
  } catch (error) {
    // Firebase could not refresh the token: offline, or the session is gone at Firebase's end.
    if ((error as { code?: unknown }).code === 'auth/network-request-failed') throw new ApiFailure('network', networkMessage);
    throw new ApiFailure('unauthenticated', errorMessages.unauthenticated);
  }
  if (!token) throw new ApiFailure('unauthenticated', errorMessages.unauthenticated);
  return token;
}

/**
 * Calls a function at /api/<name> on the page's own origin (Vite proxy in
 * development, Hosting rewrite in production), so the device-trust cookie
 * travels with it. Protected functions also get the session's ID token.
 * The request and the answer are typed by the contracts' API table.
 */
export async function callApi<Name extends ApiFunctionName>(
  name: Name,
  body: ApiRequest<Name>,
  options: { signedIn?: boolean } = {},
): Promise<ApiResponse<Name>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.signedIn) headers.authorization = `Bearer ${await idToken()}`;
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiFailure('network', networkMessage);
  }
  const json = (await response.json().catch(() => null)) as (ApiResponse<Name> & Partial<ApiErrorBody>) | null;
  if (response.ok && json) return json;
  const error = json?.error;
  if (error && isErrorCode(error.code)) throw new ApiFailure(error.code, errorMessages[error.code], error.remainingAttempts);
  throw new ApiFailure('internal', errorMessages.internal);
}
