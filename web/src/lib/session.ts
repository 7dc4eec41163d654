import { useSyncExternalStore } from 'react';
import { onAuthStateChanged, signInWithCustomToken, signOut as firebaseSignOut, type User } from 'firebase/auth';
import { ApiFailure } from './api';
import { auth } from './firebase';

/*
 * The browser's Firebase Auth session. It is only ever made from the custom
 * token the functions hand out after both steps, never from a password.
 */

export type Session = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

let current: Session = { status: 'loading' };
const listeners = new Set<() => void>();
onAuthStateChanged(auth, (user) => {
  current = user ? { status: 'signed-in', user } : { status: 'signed-out' };
  listeners.forEach((listener) => listener());
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSession = () => useSyncExternalStore(subscribe, () => current);

/** Signs the browser in with the token from login or verifyOtp. */
export async function signInWithLoginToken(customToken: string): Promise<void> {
  try {
    await signInWithCustomToken(auth, customToken);
  } catch {
    throw new ApiFailure('network', 'ログインを完了できませんでした。時間をおいて、ログイン画面からやり直してください。');
  }
}

export const signOut = () => firebaseSignOut(auth);
