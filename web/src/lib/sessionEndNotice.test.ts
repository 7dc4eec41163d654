import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { forgetSessionEndNotice, rememberSessionEnd, sessionEndNotice } from './sessionEndNotice';

afterEach(() => {
  forgetSessionEndNotice();
  vi.resetModules();
});

describe('why the session ended, for the login screen', () => {
  it('keeps the refusal that ended it when the screen’s other requests come back unauthenticated, in either order', () => {
    rememberSessionEnd('session-idle');
    rememberSessionEnd('unauthenticated');
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    forgetSessionEndNotice();

    rememberSessionEnd('unauthenticated');
    rememberSessionEnd('session-expired');
    expect(sessionEndNotice()).toBe(errorMessages['session-expired']);
  });

  it('is said to every login screen that mounts until the next login is submitted, which forgets it', () => {
    rememberSessionEnd('session-idle');
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    expect(sessionEndNotice()).toBe(errorMessages['session-idle']);
    forgetSessionEndNotice();
    expect(sessionEndNotice()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('outlives a reload of the page, which the job seeker may press as the refusal lands', async () => {
    rememberSessionEnd('session-idle');
    vi.resetModules(); // the page goes; the tab stays
    const reloaded = await import('./sessionEndNotice');
    expect(reloaded.sessionEndNotice()).toBe(errorMessages['session-idle']);
  });

  it('says nothing for a value in the tab it did not write', async () => {
    sessionStorage.setItem('hellowork:sessionEnd', '<script>');
    vi.resetModules();
    const reloaded = await import('./sessionEndNotice');
    expect(reloaded.sessionEndNotice()).toBeNull();
  });
});
