import { useSyncExternalStore } from 'react';
import type { User } from 'firebase/auth';
import type { SessionEndCode } from '@hellowork/contracts';
import { ApiFailure, callApi, loadFirebase as firebase } from './api';
import { forgetSessionEndNotice, rememberSessionEnd } from './sessionEndNotice';

/*
 * The browser's Firebase Auth session. It is only ever made from the custom
 * token the functions hand out after both steps, never from a password.
 */

export type Session = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

let current: Session = { status: 'loading' };
const listeners = new Set<() => void>();
let watching = false;

/** Watched from the first screen that asks (My Page's guard), not at boot: see firebase.ts. */
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    void firebase().then(({ auth, onAuthStateChanged }) =>
      onAuthStateChanged(auth, (user) => {
        current = user ? { status: 'signed-in', user } : { status: 'signed-out' };
        listeners.forEach((each) => each());
      }),
    );
  }
  return () => listeners.delete(listener);
};

export const useSession = () => useSyncExternalStore(subscribe, () => current);

/**
 * Whether this tab may hold a session, known before Firebase Auth loads: with
 * session persistence Firebase keeps the signed-in user in sessionStorage under
 * `firebase:authUser:<api key>:<app name>`.
 */
export const mayHoldSession = () => Object.keys(sessionStorage).some((key) => key.startsWith('firebase:authUser:'));

/** Signs the browser in with the token from login or verifyOtp. */
export async function signInWithLoginToken(customToken: string): Promise<void> {
  try {
    const { auth, signInWithCustomToken } = await firebase();
    await signInWithCustomToken(auth, customToken);
    // Logged in again: a reason for the last session's end that landed meanwhile is no longer news.
    forgetSessionEndNotice();
  } catch {
    throw new ApiFailure('network', 'ログインを完了できませんでした。時間をおいて、ログイン画面からやり直してください。');
  }
}

/**
 * ログアウト: ends the session at the server first, so its tokens are refused
 * from then on; signs out here even when that call fails (offline).
 */
export async function signOut(): Promise<void> {
  await callApi('logout', {}, { signedIn: true }).catch(() => undefined);
  const { auth, signOut: firebaseSignOut } = await firebase();
  await firebaseSignOut(auth);
  // The job seeker chose to leave: the refusals the screen's requests met meanwhile say nothing to them.
  forgetSessionEndNotice();
}

/**
 * The functions refused the session (one of sessionEndCodes): remember why for the login screen, and sign out here.
 * Once this tab is signed out (the job seeker logged out, or another of the screen's requests was refused first),
 * 'unauthenticated' says nothing new; the functions' own reason (30 minutes idle, 12 hours) still does, whichever
 * answer the browser gets first.
 */
export async function endRefusedSession(code: SessionEndCode): Promise<void> {
  const { auth, signOut: firebaseSignOut } = await firebase();
  if (!auth.currentUser && code === 'unauthenticated') return;
  rememberSessionEnd(code);
  await firebaseSignOut(auth);
}
