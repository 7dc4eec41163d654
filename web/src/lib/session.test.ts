import { describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { endRefusedSession, takeSessionEndNotice } from './session';

vi.mock('./firebase', () => ({ auth: {}, signOut: vi.fn(async () => undefined) }));

describe('why the session ended, for the login screen', () => {
  it('keeps the refusal that ended it when the screen’s other requests come back unauthenticated, in either order', async () => {
    await endRefusedSession('session-idle', errorMessages['session-idle']);
    await endRefusedSession('unauthenticated', errorMessages.unauthenticated);
    expect(takeSessionEndNotice()).toBe(errorMessages['session-idle']);

    await endRefusedSession('unauthenticated', errorMessages.unauthenticated);
    await endRefusedSession('session-expired', errorMessages['session-expired']);
    expect(takeSessionEndNotice()).toBe(errorMessages['session-expired']);
  });

  it('is said once', async () => {
    await endRefusedSession('session-idle', errorMessages['session-idle']);
    expect(takeSessionEndNotice()).toBe(errorMessages['session-idle']);
    expect(takeSessionEndNotice()).toBeNull();
  });
});
