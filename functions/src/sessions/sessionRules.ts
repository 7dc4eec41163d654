import { HOUR_MS, MINUTE_MS, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, SESSION_TOUCH_MINUTES } from '@hellowork/contracts';

/** What a stored session allows now (OWASP ASVS 3.3.2): pure, so unit-tested. */
export function sessionState(createdAt: number, lastSeenAt: number, now: number): 'live' | 'session-expired' | 'session-idle' {
  if (now >= createdAt + SESSION_MAX_HOURS * HOUR_MS) return 'session-expired';
  if (now >= lastSeenAt + SESSION_IDLE_MINUTES * MINUTE_MS) return 'session-idle';
  return 'live';
}

/** lastSeenAt is rewritten only once it is a minute old: idle time is kept to the minute at a fraction of the writes. */
export const needsTouch = (lastSeenAt: number, now: number) => now - lastSeenAt >= SESSION_TOUCH_MINUTES * MINUTE_MS;
