import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { endRefusedSession, signInWithLoginToken, signOut } from './session';
import { forgetSessionEndNotice, rememberSessionEnd, sessionEndNotice } from './sessionEndNotice';

const firebase = vi.hoisted(() => ({
  auth: { currentUser: null as { getIdToken: () => Promise<string> } | null },
  signOut: vi.fn(async () => undefined),
  signInWithCustomToken: vi.fn(async () => undefined),
}));
vi.mock('./firebase', () => firebase);

const signedIn = { getIdToken: async () => 'id-token' };

beforeEach(() => {
  firebase.auth.currentUser = signedIn;
  firebase.signOut.mockClear();
  // The logout call finds no functions here: signing out goes on without them, as offline.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  forgetSessionEndNotice();
});

describe('a session the functions refused', () => {
  it('signs out here, having kept why for the login screen', async () => {
    await endRefusedSession('session-idle');
    expect(firebase.signOut).toHaveBeenCalledOnce();
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
  });

  it('says nothing new when a request finds no session in a tab signed out already', async () => {
    firebase.auth.currentUser = null;
    await endRefusedSession('unauthenticated');
    expect(sessionEndNotice()).toBeNull();
  });

  it('still says the functions’ reason when it lands after another request’s refusal signed the tab out', async () => {
    await endRefusedSession('unauthenticated');
    firebase.auth.currentUser = null;
    await endRefusedSession('session-idle');
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
  });

  it('is not news after ログアウト: what the screen’s requests met meanwhile is forgotten', async () => {
    rememberSessionEnd('unauthenticated');
    await signOut();
    expect(firebase.signOut).toHaveBeenCalledOnce();
    expect(sessionEndNotice()).toBeNull();
  });

  it('is not news once the job seeker has logged in again', async () => {
    rememberSessionEnd('session-idle');
    await signInWithLoginToken('custom-token');
    expect(sessionEndNotice()).toBeNull();
  });
});
