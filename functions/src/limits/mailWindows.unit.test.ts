import { describe, expect, it } from 'vitest';
import { MINUTE_MS, CODE_MAIL_WINDOW_MINUTES, CODE_MAILS_PER_WINDOW } from '@hellowork/contracts';
import { mailAllowed, mailWindowOf, staleMailFields } from './mailWindows';

const WINDOW = CODE_MAIL_WINDOW_MINUTES * MINUTE_MS;

describe('code mails per 15 minutes', () => {
  it('counts windows from the stored origin', () => {
    expect(mailWindowOf(1_000, 1_000)).toBe(0);
    expect(mailWindowOf(1_000, 1_000 + WINDOW - 1)).toBe(0);
    expect(mailWindowOf(1_000, 1_000 + WINDOW)).toBe(1);
  });

  it('counts a request that read the clock before the origin was stored in the first window, with the rest', () => {
    // Found by attacks/mailBombing.test.ts: in window -1, its count was missed and a 6th mail went out.
    expect(mailWindowOf(1_000, 990)).toBe(0);
  });

  it(`allows ${CODE_MAILS_PER_WINDOW} in this window and the one before together, not one more`, () => {
    expect(mailAllowed({ mails_3: CODE_MAILS_PER_WINDOW }, 3)).toBe(true);
    expect(mailAllowed({ mails_3: CODE_MAILS_PER_WINDOW + 1 }, 3)).toBe(false);
    expect(mailAllowed({ mails_2: 3, mails_3: 3 }, 3)).toBe(false);
    expect(mailAllowed({ mails_1: 5, mails_3: 1 }, 3)).toBe(true);
  });

  it('never lets any 15 minutes see more than the limit, whatever the timing', () => {
    // Requests every 2 minutes for 2 hours, allowed or not by the rule above.
    const data: Record<string, number> = {};
    const sent: number[] = [];
    for (let t = 0; t < 120 * MINUTE_MS; t += 2 * MINUTE_MS) {
      const window = mailWindowOf(0, t);
      data[`mails_${window}`] = (data[`mails_${window}`] ?? 0) + 1;
      if (mailAllowed(data, window)) sent.push(t);
    }
    for (const start of sent)
      expect(sent.filter((t) => t >= start && t < start + WINDOW).length).toBeLessThanOrEqual(CODE_MAILS_PER_WINDOW);
    expect(sent.length).toBeGreaterThan(0);
  });

  it('drops counters older than the window before', () => {
    expect(staleMailFields({ mails_1: 1, mails_2: 1, mails_3: 1, origin: 0 }, 3)).toEqual(['mails_1']);
  });
});
