import { getFunctions, type TaskOptions } from 'firebase-admin/functions';
import { REGION } from './region';

/**
 * Hands work to a task queue function (Cloud Tasks, retried until it succeeds
 * or its attempts run out) and returns once the queue has it: whatever a later
 * request depends on is safe before the answer is sent, since Cloud Functions
 * may stop an instance's CPU as soon as it answers. The Functions emulator runs
 * the queue locally. `options.scheduleTime` holds the work until then.
 */
export const enqueueTask = (functionName: string, payload: Record<string, unknown>, options: TaskOptions = {}) =>
  getFunctions().taskQueue(`locations/${REGION}/functions/${functionName}`).enqueue(payload, options);
