import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '@hellowork/contracts';
import { needsTouch, sessionState } from './sessionRules';

describe('session lifetime', () => {
  it(`is live until ${SESSION_IDLE_MINUTES} minutes without use`, () => {
    expect(sessionState(0, 0, SESSION_IDLE_MINUTES * MINUTE_MS - 1)).toBe('live');
    expect(sessionState(0, 0, SESSION_IDLE_MINUTES * MINUTE_MS)).toBe('session-idle');
  });

  it(`ends ${SESSION_MAX_HOURS} hours after login however busy it is`, () => {
    const end = SESSION_MAX_HOURS * HOUR_MS;
    expect(sessionState(0, end - MINUTE_MS, end - 1)).toBe('live');
    expect(sessionState(0, end - MINUTE_MS, end)).toBe('session-expired');
  });

  it('rewrites the last-seen time at most once a minute', () => {
    expect(needsTouch(0, MINUTE_MS - 1)).toBe(false);
    expect(needsTouch(0, MINUTE_MS)).toBe(true);
  });
});
