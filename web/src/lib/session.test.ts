import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { endRefusedSession } from './session';
import { forgetSessionEndNotice, sessionEndNotice } from './sessionEndNotice';
import { signOut } from './firebase';

vi.mock('./firebase', () => ({ auth: {}, signOut: vi.fn(async () => undefined) }));

afterEach(() => forgetSessionEndNotice());

describe('a session the functions refused', () => {
  it('signs out here, having kept why for the login screen', async () => {
    await endRefusedSession('session-idle');
    expect(signOut).toHaveBeenCalledOnce();
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
  });
});
