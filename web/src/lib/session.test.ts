import { describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { endRefusedSession, forgetSessionEndNotice, sessionEndNotice } from './session';

vi.mock('./firebase', () => ({ auth: {}, signOut: vi.fn(async () => undefined) }));

describe('why the session ended, for the login screen', () => {
  it('keeps the refusal that ended it when the screen’s other requests come back unauthenticated, in either order', async () => {
    await endRefusedSession('session-idle', errorMessages['session-idle']);
    await endRefusedSession('unauthenticated', errorMessages.unauthenticated);
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    forgetSessionEndNotice();

    await endRefusedSession('unauthenticated', errorMessages.unauthenticated);
    await endRefusedSession('session-expired', errorMessages['session-expired']);
    expect(sessionEndNotice()).toBe(errorMessages['session-expired']);
    forgetSessionEndNotice();
  });

  it('is said to every login screen that mounts until the next login is submitted, which forgets it', async () => {
    await endRefusedSession('session-idle', errorMessages['session-idle']);
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    forgetSessionEndNotice();
    expect(sessionEndNotice()).toBeNull();
  });
});
