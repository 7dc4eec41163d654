import { initializeApp } from 'firebase/app';
import { browserSessionPersistence, connectAuthEmulator, initializeAuth } from 'firebase/auth';

/*
 * Firebase Auth (about 23 KB gzip) is loaded only with
 * `await import('./firebase')` (session.ts, api.ts), when a session is made,
 * used or watched, so the login screen shows before it arrives.
 */
export { onAuthStateChanged, signInWithCustomToken, signOut } from 'firebase/auth';

const app = initializeApp({
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID,
  authDomain: `${import.meta.env.VITE_FIREBASE_PROJECT_ID}.firebaseapp.com`,
});

/**
 * Session persistence: the sign-in ends with the browser tab, as a job seeker
 * on a shared terminal expects. Skipping the OTP is a separate, explicit choice.
 */
export const auth = initializeAuth(app, { persistence: browserSessionPersistence });

if (import.meta.env.VITE_AUTH_EMULATOR_URL) {
  connectAuthEmulator(auth, import.meta.env.VITE_AUTH_EMULATOR_URL, { disableWarnings: true });
}
