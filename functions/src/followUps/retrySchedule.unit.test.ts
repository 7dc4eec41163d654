import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '@hellowork/contracts';
import { followUp } from './followUps';

/** As the manifest has it: null leaves the field to Cloud Tasks' default. */
type RetryConfig = Record<'maxAttempts' | 'minBackoffSeconds' | 'maxBackoffSeconds' | 'maxDoublings' | 'maxRetrySeconds', number | null>;

/*
 * When Cloud Tasks attempts a task that keeps failing, in seconds after the first attempt, as its
 * RetryConfig reference says: the wait starts at min_backoff, doubles max_doublings times, then grows
 * by that last doubling's step, never beyond max_backoff, until max_attempts attempts are made (the
 * reference's example: 10 s, 300 s, 3 doublings retry at 10, 20, 40, 80, 160, 240, 300, 300 s).
 * A max_retry_duration can only add attempts (both limits must be reached): this reads the attempts alone.
 */
function attemptTimes({ maxAttempts, minBackoffSeconds, maxBackoffSeconds, maxDoublings }: Partial<RetryConfig>): number[] {
  // An unset max_doublings is 16 (queue.yaml's default, the Functions emulator's too); the rest must be set.
  maxDoublings ??= 16;
  if (!maxAttempts || maxAttempts < 0 || minBackoffSeconds == null || maxBackoffSeconds == null)
    throw new Error(
      `The queue leaves its attempts or backoff to Cloud Tasks' defaults: ${JSON.stringify({ maxAttempts, minBackoffSeconds, maxBackoffSeconds })}`,
    );
  const times = [0];
  for (let retry = 1; retry < maxAttempts; retry++) {
    const doublings = Math.min(retry - 1, maxDoublings);
    const linearSteps = Math.max(0, retry - 1 - maxDoublings);
    const wait = Math.min(maxBackoffSeconds, minBackoffSeconds * (2 ** doublings + linearSteps * 2 ** maxDoublings));
    times.push(times.at(-1)! + wait);
  }
  return times;
}

describe("the follow-up queue's schedule, as deployed", () => {
  // As the manifest carries it to the CLI: JSON, where a field reset to Cloud Tasks' default is null.
  const { retryConfig } = (JSON.parse(JSON.stringify(followUp.__endpoint)) as { taskQueueTrigger: { retryConfig?: Partial<RetryConfig> } })
    .taskQueueTrigger;

  it("reads Cloud Tasks' schedule as its reference's example does", () => {
    const times = attemptTimes({ maxAttempts: 9, minBackoffSeconds: 10, maxBackoffSeconds: 300, maxDoublings: 3 });
    expect(times.slice(1).map((time, i) => time - times[i]!)).toEqual([10, 20, 40, 80, 160, 240, 300, 300]);
  });

  it('keeps trying a mail for at least an hour of mail server outage', () => {
    expect(retryConfig).toBeDefined();
    expect(attemptTimes(retryConfig!).at(-1)! * 1000).toBeGreaterThanOrEqual(HOUR_MS);
  });

  it('tries again within seconds of a short outage, so a mail is late by little more than the outage', () => {
    const times = attemptTimes(retryConfig!);
    expect(times[1]).toBeLessThanOrEqual(10);
    // Once the waits stop growing, a mail is at most that long behind the mail server's return.
    expect(retryConfig!.maxBackoffSeconds).toBeLessThanOrEqual(300);
  });
});
