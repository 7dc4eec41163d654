import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { currentWindow, lockedUntilOf, staleFieldsOf } from './lockWindows';

const at = (ms: number) => Timestamp.fromMillis(ms);

describe('lock windows', () => {
  it('starts at window 0 and stays while it is open or locked', () => {
    expect(currentWindow({}, 1_000)).toBe(0);
    expect(currentWindow({ attempts_0: 3 }, 1_000)).toBe(0);
    expect(currentWindow({ attempts_0: 5, lockedUntil_0: at(2_000) }, 1_000)).toBe(0);
    expect(lockedUntilOf({ lockedUntil_0: at(2_000) }, 0)).toBe(2_000);
  });

  it('moves on when the lock has lifted, or when a right password closed the window', () => {
    expect(currentWindow({ attempts_0: 5, lockedUntil_0: at(2_000) }, 2_000)).toBe(1);
    expect(currentWindow({ attempts_0: 2, closed_0: true }, 1_000)).toBe(1);
    expect(currentWindow({ closed_0: true, attempts_1: 5, lockedUntil_1: at(500) }, 1_000)).toBe(2);
    expect(currentWindow({ floor: 7 }, 1_000)).toBe(7);
  });

  it('drops the fields of windows more than two behind', () => {
    expect(staleFieldsOf({ attempts_0: 5, lockedUntil_0: at(1), closed_1: true, attempts_2: 1, checks: 9 }, 3)).toEqual([
      'attempts_0',
      'lockedUntil_0',
    ]);
  });
});
