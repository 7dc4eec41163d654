import { describe, expect, it } from 'vitest';
import { formatJapanTime } from './japanTime.ts';

describe('formatJapanTime', () => {
  it('writes Japan time the way the manual does, whatever the machine’s time zone', () => {
    expect(formatJapanTime('2025-01-06T01:00:00Z')).toBe('2025年01月06日 10時00分');
  });
  it('crosses midnight and the year in Japan time', () => {
    expect(formatJapanTime(Date.UTC(2025, 11, 31, 15, 5))).toBe('2026年01月01日 00時05分');
  });
});
